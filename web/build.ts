/**
 * Builds the citizen and officials' pages into web/dist: one ES module per page (esbuild, minified), the HTML and
 * the stylesheet copied. The serve-web function packages web/dist; the local stack builds before it starts.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const WEB_DIR = path.resolve(process.env['POS_ROOT_DIR'] ?? process.cwd(), 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');

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
  for (const page of ['index.html', 'admin.html']) copyFileSync(path.join(WEB_DIR, 'pages', page), path.join(WEB_DIST, page));
  copyFileSync(path.join(WEB_DIR, 'pages', 'styles.css'), path.join(WEB_DIST, 'assets', 'styles.css'));
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(WEB_DIR, 'build.ts')) {
  await buildWeb();
  process.stdout.write(`web pages built in ${path.relative(process.cwd(), WEB_DIST)}\n`);
}
