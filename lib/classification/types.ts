import type { FeatureConfig } from './features.ts';

export interface LabeledExample {
  text: string;
  category: string;
  /**
   * a finer label inside `category` (e.g. the subcategory a coordinator chose); read only when
   * `TrainOptions.subLabelMinCount` > 0, otherwise ignored
   */
  subLabel?: string;
}

export interface ScoredCategory {
  category: string;
  confidence: number;
}

export interface SubcategorySuggestion {
  id: string;
  name: string;
}

export interface Classification {
  category: string;
  /** calibrated probability of `category`, in [0, 1] */
  confidence: number;
  /** the next most likely categories, most likely first; confidences sum (with `confidence`) to at most 1 */
  alternatives: ScoredCategory[];
  /** a keyword-rule suggestion among the subcategories of `category`, when one matches */
  subcategory?: SubcategorySuggestion;
}

export type LossName = 'softmax' | 'hinge';

export interface TrainOptions {
  /** seed of the shuffling and of the calibration split; same data + seed → byte-identical model */
  seed: number;
  features?: Partial<FeatureConfig>;
  /** multinomial logistic regression ('softmax') or Crammer–Singer multiclass SVM ('hinge') */
  loss?: LossName;
  /**
   * 'sgd': the chosen `loss` by SGD; 'dcd': one-vs-rest squared-hinge SVMs solved exactly by dual coordinate
   * descent (as LinearSVC), with `C`, `interceptScaling`, `tol` and at most `epochs` passes
   */
  solver?: 'sgd' | 'dcd';
  C?: number;
  interceptScaling?: number;
  tol?: number;
  /** L2 regularisation strength per example */
  lambda?: number;
  epochs?: number;
  /** initial SGD step; decays as 1/sqrt(1 + epoch) */
  eta0?: number;
  /** class weights (n / (K·n_k))^power: 0 = none, 1 = balanced */
  classWeightPower?: number;
  /** weights of the L2-normalised word and char blocks */
  wordWeight?: number;
  charWeight?: number;
  /** minimum document frequency of a hashed feature to enter the model */
  minDf?: number;
  /** weight β of a multinomial naive Bayes interpolated into the linear weights (0 = none) */
  nbWeight?: number;
  /** additive smoothing α of that naive Bayes */
  nbAlpha?: number;
  /** share of the training data held out to fit the softmax temperature (0 → temperature 1) */
  calibrationFraction?: number;
  /** the allowed category names (default: the 15 of the rubricator); other labels throw */
  categories?: readonly string[];
  /** number of alternatives the classifier returns */
  alternatives?: number;
  /**
   * > 0: one output column per sub-label (`LabeledExample.subLabel`) with at least this many examples, plus one
   * column per category for the rest of its examples; a category scores as its best column (softmax mass summed
   * for probabilities). 0 (the default): one column per category, sub-labels ignored.
   */
  subLabelMinCount?: number;
  /**
   * in the one-vs-rest SVM ('dcd'), whether the other columns of the same category are negatives of a column
   * ('negative', plain one-vs-rest over columns) or left out of its problem ('ignore': each column separates its
   * examples from the other categories only)
   */
  subLabelSiblings?: 'negative' | 'ignore';
  /** class weights of sub-label columns from the size of their category ('category') or their own ('column') */
  subLabelWeights?: 'category' | 'column';
}

export type ResolvedTrainOptions = Required<Omit<TrainOptions, 'features'>> & { features: FeatureConfig };

/** A trained model: the vocabulary of hashed slots, their idf, int8-quantised weights and the calibration. */
export interface Model {
  version: 1;
  categories: string[];
  features: FeatureConfig;
  wordWeight: number;
  charWeight: number;
  alternatives: number;
  temperature: number;
  /** hashed slots in the model, ascending */
  slots: Int32Array;
  /** idf per slot */
  idf: Float32Array;
  /** quantised weights, slot-major: q[row * C + c] over the C output columns */
  q: Int8Array;
  /** per-column dequantisation scale: w = q · scale[c] */
  scale: Float32Array;
  bias: Float32Array;
  /**
   * category index of each output column, when a category has several columns (sub-labels); absent: one column
   * per category, in category order
   */
  classOf?: Int32Array;
}

/** Number of output columns of a model (logits per message). */
export function modelColumns(model: Pick<Model, 'categories' | 'classOf'>): number {
  return model.classOf ? model.classOf.length : model.categories.length;
}
