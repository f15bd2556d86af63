import type { HeadResult } from '../core';
import type { HeadAddress } from './forward';
import type { Resolution } from './resolve';

/** One head's q, k, v, scores, weights and output in a resolved sentence; throws if the model has no such head. */
export function headResult(resolution: Resolution, head: HeadAddress): HeadResult {
  const result = resolution.layers[head.layer]?.heads[head.head];
  if (!result) throw new Error(`headResult: the model has no layer ${head.layer + 1}, head ${head.head + 1}`);
  return result;
}
