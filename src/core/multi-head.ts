import { attention, type AttentionOptions, type AttentionResult } from './attention';
import { concatColumns } from './concat';
import { matmul } from './matmul';
import { shape, type Matrix } from './matrix';

/** One head's projections, each d_model×d_head (wv may be d_model×d_v). */
export interface HeadWeights {
  readonly wq: Matrix;
  readonly wk: Matrix;
  readonly wv: Matrix;
}

export interface MultiHeadWeights {
  readonly heads: readonly HeadWeights[];
  /** (Σ head widths of wv)×d_out: mixes the concatenated heads. */
  readonly wo: Matrix;
}

export interface HeadResult extends AttentionResult {
  readonly q: Matrix;
  readonly k: Matrix;
  readonly v: Matrix;
}

export interface MultiHeadResult {
  readonly heads: HeadResult[];
  /** n × Σ d_v: the heads' outputs side by side, in order. */
  readonly concat: Matrix;
  /** concat·wo. */
  readonly output: Matrix;
}

/**
 * Multi-head self-attention of x (n×d_model): per head q = x·wq, k = x·wk, v = x·wv, then attention(q, k, v);
 * output = concat(head outputs)·wo. Each head scales by its own √d_head. Throws on no heads or mismatched shapes;
 * edge cases follow attention. With 1 head and wq = wk = wv = I this is attention(x, x, x) followed by wo.
 */
export function multiHeadAttention(
  x: Matrix,
  weights: MultiHeadWeights,
  options: AttentionOptions = {},
): MultiHeadResult {
  checkShapes(x, weights);
  const heads = weights.heads.map(({ wq, wk, wv }): HeadResult => {
    const q = matmul(x, wq);
    const k = matmul(x, wk);
    const v = matmul(x, wv);
    return { q, k, v, ...attention(q, k, v, options) };
  });
  const concat = concatColumns(heads.map((h) => h.output));
  return { heads, concat, output: matmul(concat, weights.wo) };
}

function checkShapes(x: Matrix, { heads, wo }: MultiHeadWeights): void {
  if (heads.length === 0) throw new Error(`multiHeadAttention: x ${shape(x)} — at least one head is needed`);
  heads.forEach(({ wq, wk, wv }, h) => {
    const shapes = `x ${shape(x)}, head ${h}: wq ${shape(wq)}, wk ${shape(wk)}, wv ${shape(wv)}`;
    if (wq.rows !== x.cols || wk.rows !== x.cols || wv.rows !== x.cols) {
      throw new Error(`multiHeadAttention: ${shapes} — each projection needs ${x.cols} rows (d_model)`);
    }
    if (wq.cols !== wk.cols) throw new Error(`multiHeadAttention: ${shapes} — wq and wk need the same width`);
  });
  const concatWidth = heads.reduce((sum, h) => sum + h.wv.cols, 0);
  if (wo.rows !== concatWidth) {
    throw new Error(
      `multiHeadAttention: wo ${shape(wo)} — needs ${concatWidth} rows, the heads' total value width`,
    );
  }
}
