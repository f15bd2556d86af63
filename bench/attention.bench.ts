/**
 * `npm run bench`: the core's attention and multiHeadAttention against @tensorflow/tfjs-core on its CPU backend,
 * on the same inputs in the same process, for n ∈ {16, 64, 256} and d ∈ {16, 64}. Prints the median time per
 * call, the ratio tfjs / core (> 1 means the core is faster) and the core's GFLOP/s.
 *
 * FLOPs counted (2 per multiply-add, as in src/core/cost.ts): Q·Kᵀ and weights·V, plus 5 per score for the
 * scaling and softmax; for multi-head also the per-head projections of x and the output projection.
 * tfjs computes in float32, the core in float64; outputs are checked to agree to float32 precision first.
 */
import { loadavg } from 'node:os';
import { attention, matrix, multiHeadAttention, randomMatrix, type Matrix } from '../src/core';
import { tfAttention, tfMultiHead, toTensor, useCpuBackend } from './tfjs-attention';
import { compare } from './timing';

const SIZES_N = [16, 64, 256];
const SIZES_D = [16, 64];
const HEADS = 4;
// float32 keeps ~7 digits and the outputs are O(1), so this shows both sides compute the same thing.
const AGREEMENT = 1e-4;

interface Row {
  op: string;
  n: number;
  d: number;
  coreMs: number;
  tfjsMs: number;
  flops: number;
}

function attentionFlops(n: number, dK: number, dV: number): number {
  return 2 * n * n * dK + 2 * n * n * dV + 5 * n * n;
}

function multiHeadFlops(n: number, d: number, heads: number): number {
  const dHead = d / heads;
  return heads * (3 * 2 * n * d * dHead + attentionFlops(n, dHead, dHead)) + 2 * n * d * d;
}

function checkAgreement(what: string, core: Float64Array, tfjs: Float32Array): void {
  const difference = core.reduce((max, x, i) => Math.max(max, Math.abs(x - tfjs[i]!)), 0);
  if (!(difference < AGREEMENT)) throw new Error(`${what}: core and tfjs differ by ${difference}`);
}

/** Columns from…from+width−1 of m: one head's slice of a full-width projection. */
function columns(m: Matrix, from: number, width: number): Matrix {
  const out = matrix(m.rows, width);
  for (let i = 0; i < m.rows; i++) {
    out.data.set(m.data.subarray(i * m.cols + from, i * m.cols + from + width), i * width);
  }
  return out;
}

function benchAttention(n: number, d: number): Row {
  const [q, k, v] = [randomMatrix(n, d, 1), randomMatrix(n, d, 2), randomMatrix(n, d, 3)];
  const [tq, tk, tv] = [toTensor(q), toTensor(k), toTensor(v)];
  const core = () => attention(q, k, v).output.data;
  const tfjs = () => tfAttention(tq, tk, tv);
  checkAgreement(`attention n=${n} d=${d}`, core(), tfjs());
  const times = compare(core, tfjs);
  [tq, tk, tv].forEach((t) => t.dispose());
  return { op: 'attention', n, d, ...times, flops: attentionFlops(n, d, d) };
}

function benchMultiHead(n: number, d: number): Row {
  const dHead = d / HEADS;
  const x = randomMatrix(n, d, 1);
  // One d×d matrix per projection; head h uses its columns h·dHead…, exactly as tfjs slices its reshape.
  const [wq, wk, wv, wo] = [2, 3, 4, 5].map((seed) => randomMatrix(d, d, seed, 1 / Math.sqrt(d)));
  const heads = Array.from({ length: HEADS }, (_, h) => ({
    wq: columns(wq!, h * dHead, dHead),
    wk: columns(wk!, h * dHead, dHead),
    wv: columns(wv!, h * dHead, dHead),
  }));
  const tensors = [x, wq!, wk!, wv!, wo!].map(toTensor);
  const [tx, twq, twk, twv, two] = tensors;
  const core = () => multiHeadAttention(x, { heads, wo: wo! }).output.data;
  const tfjs = () => tfMultiHead(tx!, twq!, twk!, twv!, two!, HEADS);
  checkAgreement(`multiHeadAttention n=${n} d=${d}`, core(), tfjs());
  const times = compare(core, tfjs);
  tensors.forEach((t) => t.dispose());
  return { op: `multiHead (${HEADS} heads)`, n, d, ...times, flops: multiHeadFlops(n, d, HEADS) };
}

function table(rows: readonly Row[]): string {
  const header = ['op', 'n', 'd', 'core ms', 'tfjs ms', 'tfjs/core', 'core GFLOP/s'];
  const body = rows.map((r) => [
    r.op,
    String(r.n),
    String(r.d),
    r.coreMs.toFixed(4),
    r.tfjsMs.toFixed(4),
    (r.tfjsMs / r.coreMs).toFixed(2) + (r.tfjsMs < r.coreMs ? ' (core slower)' : ''),
    (r.flops / r.coreMs / 1e6).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

await useCpuBackend();
const started = performance.now();
const rows: Row[] = [];
for (const bench of [benchAttention, benchMultiHead]) {
  for (const n of SIZES_N) for (const d of SIZES_D) rows.push(bench(n, d));
}
console.log(
  `Node ${process.version}; median of repeated batches after warm-up; core float64, tfjs CPU float32`,
);
// Other processes skew absolute times; the ratios hold up better because core and tfjs batches alternate.
console.log(
  `load average (1 min) at the end: ${loadavg()[0]!.toFixed(2)} on ${navigator.hardwareConcurrency} cores\n`,
);
console.log(table(rows));
console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
