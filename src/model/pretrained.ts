import pretrained from './weights.json' with { type: 'json' };
import type { HeadResult } from '../core';
import type { HeadAddress } from './forward';
import { headResult } from './head-result';
import { resolverOf, type HeadRole } from './head-roles';
import type { Model, Resolution } from './resolve';
import { fromWeightsJson, type WeightsJson } from './weights-json';

/** The weights trained by `npm run train -- --write` and committed as src/model/weights.json. */
export function loadPretrained(): Model {
  return fromWeightsJson(pretrained as unknown as WeightsJson);
}

/**
 * Each head's measured role in the committed weights, as `npm run train` measured it with headRoles() on the
 * rounded weights (a test checks that headRoles(loadPretrained()) still gives these).
 */
export const HEAD_ROLES: readonly HeadRole[] = (pretrained as unknown as { roles: HeadRole[] }).roles;

/** The head the site presents as resolving the pronoun: layer 2's head, whose attention finds the referent. */
export const POINTER: HeadAddress = resolverOf(HEAD_ROLES);

/** The pointer head's q, k, v, scores, weights and output in a resolved sentence. */
export function pointerHead(resolution: Resolution): HeadResult {
  return headResult(resolution, POINTER);
}
