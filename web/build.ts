/**
 * Builds the citizen and officials' pages into web/dist: one ES module per page (esbuild, minified), an HTML shell
 * for each, and the stylesheet. The serve-web function packages web/dist; the local stack builds before it starts.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const WEB_DIR = path.resolve(process.env['POS_ROOT_DIR'] ?? process.cwd(), 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');

/** A page is a shell: the module draws everything (no inline script or style, so the CSP stays strict). */
const page = (title: string, script: string): string => `<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/assets/styles.css">
  <script type="module" src="/assets/${script}.js"></script>
</head>
<body>
  <div id="app"><p class="loading">Загрузка…</p></div>
  <noscript>Для работы страницы включите JavaScript.</noscript>
</body>
</html>
`;

export const buildWeb = async (): Promise<void> => {
  rmSync(WEB_DIST, { recursive: true, force: true });
  mkdirSync(path.join(WEB_DIST, 'assets'), { recursive: true });
  await build({
    entryPoints: { citizen: path.join(WEB_DIR, 'src/citizen/main.ts'), admin: path.join(WEB_DIR, 'src/admin/main.ts') },
    outdir: path.join(WEB_DIST, 'assets'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['es2022'],
    platform: 'browser',
    logLevel: 'warning',
  });
  writeFileSync(path.join(WEB_DIST, 'index.html'), page('Госуслуги. Решаем вместе — мои сообщения', 'citizen'));
  writeFileSync(path.join(WEB_DIST, 'admin.html'), page('ПОС — рабочее место', 'admin'));
  copyFileSync(path.join(WEB_DIR, 'styles.css'), path.join(WEB_DIST, 'assets', 'styles.css'));
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(WEB_DIR, 'build.ts')) {
  await buildWeb();
  process.stdout.write(`web pages built in ${path.relative(process.cwd(), WEB_DIST)}\n`);
}
