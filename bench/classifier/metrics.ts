/** Classification metrics for the benchmark: accuracy, per-class and macro F1, confusion matrix. */
export interface Evaluation {
  labels: string[];
  n: number;
  accuracy: number;
  macroF1: number;
  weightedF1: number;
  perClass: { label: string; support: number; precision: number; recall: number; f1: number }[];
  /** confusion[i][j]: true labels[i] predicted as labels[j] */
  confusion: number[][];
}

/** Metrics over the classes present in the truth (as scikit-learn does with labels=the true classes). */
export function evaluate(truth: readonly string[], predicted: readonly string[]): Evaluation {
  const labels = [...new Set(truth)].sort();
  const predictedOnly = [...new Set(predicted)].filter((p) => !labels.includes(p)).sort();
  const all = [...labels, ...predictedOnly];
  const index = new Map(all.map((l, i) => [l, i]));
  const confusion = all.map(() => all.map(() => 0));
  let correct = 0;
  truth.forEach((t, i) => {
    const p = predicted[i] as string;
    const row = confusion[index.get(t) as number] as number[];
    const j = index.get(p) as number;
    row[j] = (row[j] as number) + 1;
    if (t === p) correct++;
  });
  const perClass = labels.map((label, i) => {
    const tp = confusion[i]?.[i] ?? 0;
    const support = (confusion[i] as number[]).reduce((a, b) => a + b, 0);
    const predictedCount = confusion.reduce((a, row) => a + (row[i] as number), 0);
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, support, precision, recall, f1 };
  });
  const macroF1 = perClass.reduce((a, c) => a + c.f1, 0) / perClass.length;
  const weightedF1 = perClass.reduce((a, c) => a + c.f1 * c.support, 0) / truth.length;
  return { labels: all, n: truth.length, accuracy: correct / truth.length, macroF1, weightedF1, perClass, confusion };
}

const ABBREVIATIONS: Record<string, string> = {
  Благоустройство: 'Благ',
  ЖКХ: 'ЖКХ',
  Здравоохранение: 'Здрв',
  Культура: 'Клтр',
  'Лесное хозяйство': 'Лес',
  Образование: 'Обрз',
  'Предпринимательство и экономика': 'Прдп',
  'Ремонт дорог': 'Дорг',
  'Связь и телевидение': 'Свзь',
  'Сельское хозяйство': 'СХ',
  'Социальное обслуживание и защита': 'Соцл',
  Строительство: 'Стрт',
  Транспорт: 'Трнс',
  'Физическая культура и спорт': 'Спрт',
  Экология: 'Экол',
};

export function formatEvaluation(e: Evaluation): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `n=${e.n}  accuracy=${f(e.accuracy)}  macro-F1=${f(e.macroF1)}  weighted-F1=${f(e.weightedF1)}`,
    'per class (support, precision, recall, F1):',
    ...e.perClass.map((c) => `  ${c.label.padEnd(34)} ${String(c.support).padStart(5)}  ${f(c.precision)}  ${f(c.recall)}  ${f(c.f1)}`),
    'confusion matrix (rows: true, columns: predicted):',
    `  ${''.padEnd(6)}${e.labels.map((l) => (ABBREVIATIONS[l] ?? l.slice(0, 4)).padStart(6)).join('')}`,
    ...e.confusion.map(
      (row, i) => `  ${(ABBREVIATIONS[e.labels[i] as string] ?? '').padEnd(6)}${row.map((v) => String(v).padStart(6)).join('')}`,
    ),
  ];
  return lines.join('\n');
}
