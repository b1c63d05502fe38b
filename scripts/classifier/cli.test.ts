import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const tsx = path.resolve('node_modules/.bin/tsx');
const run = (script: 'train' | 'classify', args: string[]) => {
  const result = spawnSync(tsx, [`scripts/classifier/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

const dir = mkdtempSync(path.join(tmpdir(), 'pos-classifier-cli-'));
const file = (name: string, lines: string[]) => {
  const target = path.join(dir, name);
  writeFileSync(target, lines.map((line) => `${line}\n`).join(''));
  return target;
};

const labeled = [
  ...['Яма на дороге у дома', 'Разбит асфальт на проезжей части', 'Выбоины на шоссе', 'Нужен ремонт дороги'].map((text) => ({ text, category: 'Ремонт дорог' })),
  ...['Нет горячей воды в квартире', 'Протекает крыша дома', 'Холодные батареи отопления', 'Не работает лифт'].map((text) => ({ text, category: 'ЖКХ' })),
];

describe('npm run classifier:train', () => {
  it('trains from good lines and writes a model that classify can use', () => {
    const data = file('good.jsonl', labeled.map((row) => JSON.stringify(row)));
    const model = path.join(dir, 'good.bin');
    const trained = run('train', ['--data', data, '--out', model, '--seed', '7']);
    expect(trained.stderr).toBe('');
    expect(trained.status).toBe(0);
    expect(trained.stdout).toMatch(/^trained on 8 examples, 2 categories/);
    const input = file('input.jsonl', [JSON.stringify({ text: 'Глубокая яма на дороге' })]);
    const classified = run('classify', ['--model', model, input]);
    expect(classified.status).toBe(0);
    const [line] = classified.stdout.trim().split('\n').map((l) => JSON.parse(l) as { category: string; moderation: { decision: string } });
    expect(line?.category).toBe('Ремонт дорог');
    expect(line?.moderation.decision).toBe('ok');
  });

  it('names every bad line — invalid JSON, no text, no category, a category outside the rubricator — and writes nothing', () => {
    const data = file('bad.jsonl', [
      ...labeled.map((row) => JSON.stringify(row)),
      '{"text": "обрыв',
      JSON.stringify({ category: 'ЖКХ' }),
      JSON.stringify({ text: 'Яма', category: null }),
      JSON.stringify({ text: 'Яма', category: 'Дороги' }),
      '',
      JSON.stringify({ text: '   ', category: 'ЖКХ' }),
    ]);
    const model = path.join(dir, 'bad.bin');
    const result = run('train', ['--data', data, '--out', model]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('5 bad line(s), nothing trained');
    expect(result.stderr).toContain('line 9: not valid JSON');
    expect(result.stderr).toContain('line 10: needs a non-empty "text"');
    expect(result.stderr).toContain('line 11: needs "category"');
    expect(result.stderr).toContain('line 12: unknown category "Дороги"');
    expect(result.stderr).toContain('line 14: needs a non-empty "text"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(model)).toBe(false);
  });

  it('refuses a single category, a missing file, missing options and a bad seed with one line each', () => {
    const single = file('single.jsonl', labeled.filter((row) => row.category === 'ЖКХ').map((row) => JSON.stringify(row)));
    const oneCategory = run('train', ['--data', single, '--out', path.join(dir, 'single.bin')]);
    expect(oneCategory.status).toBe(1);
    expect(oneCategory.stderr).toContain('at least two categories');
    const missing = run('train', ['--data', path.join(dir, 'nope.jsonl'), '--out', path.join(dir, 'nope.bin')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read training data .*nope\.jsonl: ENOENT/);
    const usage = run('train', ['--data', single]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: classifier:train');
    const seed = run('train', ['--data', single, '--out', path.join(dir, 'x.bin'), '--seed', 'abc']);
    expect(seed.status).toBe(2);
    expect(seed.stderr).toContain('--seed must be an integer');
    const dangling = run('train', ['--data']);
    expect(dangling.status).toBe(2);
    expect(dangling.stderr).toContain('option --data needs a value');
  });
});

describe('npm run classify', () => {
  it('keeps the output in line with the input: a bad line gets an error in its place', () => {
    const input = file('mixed.jsonl', [
      JSON.stringify({ text: 'Яма на дороге у школы' }),
      'не json',
      JSON.stringify({ body: 'без поля text' }),
      JSON.stringify({ text: 'Нет отопления в доме' }),
    ]);
    const result = run('classify', [input]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('category');
    expect(lines[1]).toEqual({ error: 'invalid JSON' });
    expect(lines[2]).toEqual({ error: 'missing "text"' });
    expect(lines[3]).toHaveProperty('moderation.decision');
  });

  it('refuses a missing input, a missing model and a file that is not a model, with one line each', () => {
    const input = file('one.jsonl', [JSON.stringify({ text: 'Яма' })]);
    const noInput = run('classify', [path.join(dir, 'absent.jsonl')]);
    expect(noInput.status).toBe(1);
    expect(noInput.stderr).toMatch(/cannot read input .*absent\.jsonl: ENOENT/);
    const noModel = run('classify', ['--model', path.join(dir, 'absent.bin'), input]);
    expect(noModel.status).toBe(1);
    expect(noModel.stderr).toMatch(/cannot read model .*absent\.bin: ENOENT/);
    const notModel = run('classify', ['--model', input, input]);
    expect(notModel.status).toBe(1);
    expect(notModel.stderr).toContain('cannot load model');
    expect(notModel.stderr).not.toMatch(/\n\s+at /);
    const usage = run('classify', []);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: classify');
  });
});
