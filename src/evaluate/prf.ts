/** Precision, recall and F1 with their counts. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 of counts; `whenEmpty` is the precision (or recall) of nothing predicted (or nothing
 * expected): 0 for spans, where an empty side scores nothing, 1 for a focus, where agreeing on nothing is agreeing.
 */
export function prf(tp: number, fp: number, fn: number, whenEmpty: 0 | 1 = 0): PRF {
  const precision = tp + fp === 0 ? whenEmpty : tp / (tp + fp);
  const recall = tp + fn === 0 ? whenEmpty : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
