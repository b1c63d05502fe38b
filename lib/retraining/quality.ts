/** Macro-averaged F1 over the classes that occur in the gold labels. */
export const macroF1 = (gold: readonly string[], predicted: readonly string[]): number => {
  const classes = [...new Set(gold)];
  if (classes.length === 0) return 0;
  const f1s = classes.map((label) => {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    gold.forEach((expected, index) => {
      const got = predicted[index];
      if (got === label && expected === label) truePositive++;
      else if (got === label) falsePositive++;
      else if (expected === label) falseNegative++;
    });
    const denominator = 2 * truePositive + falsePositive + falseNegative;
    return denominator === 0 ? 0 : (2 * truePositive) / denominator;
  });
  return f1s.reduce((sum, value) => sum + value, 0) / f1s.length;
};
