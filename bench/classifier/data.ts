/** Reads the evaluation data sets from shared/datasets at run time (never copied into the project). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Row {
  text: string;
  category: string | null;
  split?: string;
  date?: string;
  id?: number | string;
  /** Kursk: the source topic inside the category */
  topic?: string | null;
  /** SPB: the source reason inside the category */
  reason?: string | null;
}

export function datasetsDir(): string {
  return process.env['POS_DATASETS_DIR'] ?? path.resolve(process.cwd(), '../shared/datasets');
}

export function readJsonl(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** `subLabel`: the source's finer label (Kursk topic, SPB reason), for sub-label training on training rows only */
export type Labeled = { text: string; category: string; subLabel?: string };

export function labeled(rows: readonly Row[]): Labeled[] {
  return rows
    .filter((r): r is Row & { category: string } => typeof r.category === 'string')
    .map((r) => {
      const sub = r.topic ?? r.reason;
      return typeof sub === 'string' && sub !== '' ? { text: r.text, category: r.category, subLabel: sub } : { text: r.text, category: r.category };
    });
}

export function kursk(): { train: Labeled[]; test: Labeled[]; all: Labeled[] } {
  const rows = readJsonl(path.join(datasetsDir(), 'kursk_citizen_appeals.jsonl'));
  return {
    train: labeled(rows.filter((r) => r.split === 'train')),
    test: labeled(rows.filter((r) => r.split === 'test')),
    all: labeled(rows),
  };
}

/** SPB time split: sorted by date then id, oldest 80 % train, newest 20 % test. */
export function spb(): { train: Labeled[]; test: Labeled[] } {
  const rows = labeled(
    readJsonl(path.join(datasetsDir(), 'spb_nash_peterburg_appeals.jsonl'))
      .filter((r) => typeof r.category === 'string')
      .sort((a, b) => {
        const d = String(a.date).localeCompare(String(b.date));
        return d !== 0 ? d : Number(a.id) - Number(b.id);
      }),
  );
  const cut = Math.floor(rows.length * 0.8);
  return { train: rows.slice(0, cut), test: rows.slice(cut) };
}

/**
 * The project's own generated corpus (data/classifier/corpus.jsonl, MIT, shippable): the first `perCategory`
 * examples of each of the given categories, to add to a real training set (its tiny classes above all).
 */
export function ownCorpus(categories: ReadonlySet<string>, perCategory: number): Labeled[] {
  const taken = new Map<string, number>();
  const out: Labeled[] = [];
  for (const r of labeled(readJsonl(path.resolve(process.cwd(), 'data/classifier/corpus.jsonl')))) {
    if (!categories.has(r.category)) continue;
    const n = taken.get(r.category) ?? 0;
    if (n >= perCategory) continue;
    taken.set(r.category, n + 1);
    out.push({ text: r.text, category: r.category });
  }
  return out;
}

/** A training set with `perCategory` examples of the project's own corpus added for each of its categories. */
export function withOwnCorpus(train: Labeled[], perCategory: number): Labeled[] {
  if (perCategory <= 0) return train;
  return [...train, ...ownCorpus(new Set(train.map((e) => e.category)), perCategory)];
}
