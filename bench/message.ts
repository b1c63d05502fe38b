import { uniqueDetail } from '#test/support/texts.ts';

/** A small deterministic generator, so that message `index` has the same text in every run. */
const seeded = (seed: number) => {
  let state = (seed * 2654435761 + 1) >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
};

/**
 * A realistic message body for the benchmarks (written for them, not taken from any dataset). Each index gets its
 * own wording, so that the pipeline does not hold the benchmark's messages as repeats of one another.
 */
export const benchMessage = (index: number) => ({
  categoryId: 'roads',
  subcategoryId: 'roads.potholes',
  text: `Яма на проезжей части, машины повреждают колёса. Рядом: ${uniqueDetail(seeded(index))}.`,
  oktmo: '38701000',
  address: 'г. Курск, ул. Ленина, 12',
  location: { lat: 51.7304, lon: 36.1926 },
});
