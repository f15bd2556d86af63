import { HEAD_ROLES, MODEL_SHAPE, ROLE_STATISTICS, type HeadAddress, type HeadRole } from '../../model';
import './head-colours.css';

/** A head of the trained model as the multi-head figures name and colour it. */
export interface HeadInfo extends HeadAddress {
  /** 'L1H1': layer and head counted from 1, as the prose writes them. */
  readonly key: string;
  /** 'layer 1, head 1' */
  readonly name: string;
  /** 'var(--head-1)': one colour per head, in model order across layers. */
  readonly colour: string;
  /** Its measured role, from the committed head roles. */
  readonly role: HeadRole;
}

/** 'L1H1' for layer 0, head 0. */
export function headKey({ layer, head }: HeadAddress): string {
  return `L${layer + 1}H${head + 1}`;
}

/** Every head of the model in order (layer 1's four, then layer 2's one), with its colour and measured role. */
export const HEADS: readonly HeadInfo[] = MODEL_SHAPE.heads.flatMap((count, layer) =>
  Array.from({ length: count }, (_, head) => {
    const index = MODEL_SHAPE.heads.slice(0, layer).reduce((s, c) => s + c, 0) + head;
    const role = HEAD_ROLES.find((r) => r.layer === layer && r.head === head);
    if (!role) throw new Error(`HEADS: no measured role for layer ${layer + 1}, head ${head + 1}`);
    return {
      layer,
      head,
      key: headKey({ layer, head }),
      name: `layer ${layer + 1}, head ${head + 1}`,
      colour: `var(--head-${index + 1})`,
      role,
    };
  }),
);

/** The head with this key ('L1H2'), or undefined. */
export function headByKey(key: string): HeadInfo | undefined {
  return HEADS.find((h) => h.key === key);
}

/**
 * A head's role in words, with the statistic it was measured by:
 * 'adjective: 0.50 — mean weight of the pronoun on the adjective, 5.6× an even spread'
 */
export function roleSentence(role: HeadRole): string {
  return `${role.role}: ${role.value.toFixed(2)} — ${ROLE_STATISTICS[role.role]}, ${role.lift.toFixed(1)}× an even spread`;
}
