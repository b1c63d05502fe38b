export { trainClassifier, DEFAULT_TRAIN_OPTIONS, fitTemperature } from './train.ts';
export { modelColumns } from './types.ts';
export { serializeModel, deserializeModel, loadModel, loadModelFile, Classifier, DEFAULT_MODEL_FILE, softmax } from './model.ts';
export { normalizeText, tokenize, stem, PLACEHOLDERS } from './normalize.ts';
export { Featurizer, DEFAULT_FEATURE_CONFIG, hashString, featureSlot, charNgrams, wordNgrams } from './features.ts';
export { suggestSubcategory, DEFAULT_SUBCATEGORY_RULES } from './subcategories.ts';
export type { SubcategoryRule } from './subcategories.ts';
export type { FeatureConfig, TextFeatures, SparseCounts } from './features.ts';
export type {
  Classification,
  LabeledExample,
  LossName,
  Model,
  ScoredCategory,
  SubcategorySuggestion,
  TrainOptions,
} from './types.ts';
