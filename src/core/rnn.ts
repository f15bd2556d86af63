import { add } from './add';
import { matmulTransposeB } from './matmul';
import { identity, matrix, shape, type Matrix } from './matrix';
import { frobenius } from './norm';
import { createRandom } from './random';
import { transpose } from './transpose';

/** A vanilla tanh RNN with row vectors: h_t = tanh(x_t·wx + h_{t-1}·wh + b), h_{-1} = 0. */
export interface RnnParams {
  /** dIn×dHidden */
  readonly wx: Matrix;
  /** dHidden×dHidden */
  readonly wh: Matrix;
  /** 1×dHidden */
  readonly b: Matrix;
}

/**
 * Fixed random RNN weights from one seeded stream (wx first, then wh): entries ~ N(0, gain²/fanIn) where fanIn is
 * dIn for wx and dHidden for wh; b = 0. gain < 1 makes memory fade faster. seededRnn(1, 8, 16).wh is 16×16
 */
export function seededRnn(seed: number, dIn: number, dHidden: number, gain = 1): RnnParams {
  if (!Number.isInteger(dIn) || !Number.isInteger(dHidden) || dIn < 1 || dHidden < 1) {
    throw new Error(`seededRnn: dIn ${dIn}, dHidden ${dHidden} — sizes must be whole numbers ≥ 1`);
  }
  const random = createRandom(seed);
  const normalMatrix = (rows: number, cols: number, std: number): Matrix =>
    matrix(
      rows,
      cols,
      Array.from({ length: rows * cols }, () => std * random.normal()),
    );
  const wx = normalMatrix(dIn, dHidden, gain / Math.sqrt(dIn));
  const wh = normalMatrix(dHidden, dHidden, gain / Math.sqrt(dHidden));
  return { wx, wh, b: matrix(1, dHidden) };
}

/**
 * All hidden states: row t of the n×dHidden result is h_t for input row x_t. 0 inputs give 0 rows; a NaN in x_t
 * makes h_t and every later state NaN; ±Infinity saturates tanh to ±1. rnnForward(xs 5×dIn, p) → 5×dHidden
 */
export function rnnForward(xs: Matrix, p: RnnParams): Matrix {
  checkShapes('rnnForward', xs, p);
  const dHidden = p.wh.rows;
  const out = matrix(xs.rows, dHidden);
  // Transposed once, not at every step: matmulTransposeB(x, wxᵀ) is x·wx.
  const wxT = transpose(p.wx);
  const whT = transpose(p.wh);
  let h = matrix(1, dHidden);
  for (let t = 0; t < xs.rows; t++) {
    h = step(row(xs, t), h, wxT, whT, p.b);
    out.data.set(h.data, t * dHidden);
  }
  return out;
}

/** One step h_t = tanh(x_t·wx + h_{t-1}·wh + b), with wx and wh given transposed. */
function step(x: Matrix, h: Matrix, wxT: Matrix, whT: Matrix, b: Matrix): Matrix {
  const pre = add(add(matmulTransposeB(x, wxT), matmulTransposeB(h, whT)), b);
  return { rows: 1, cols: pre.cols, data: pre.data.map(Math.tanh) };
}

/** Row t of m as a 1×cols matrix that shares m's data. */
function row(m: Matrix, t: number): Matrix {
  return matrix(1, m.cols, m.data.subarray(t * m.cols, (t + 1) * m.cols));
}

/**
 * How strongly each input x_s (s = 0…to) still moves the state h_to: entry s is the Frobenius norm of the
 * Jacobian ∂h_to/∂x_s. One backward sweep carries G = ∂h_to/∂h_s: G ← G·diag(1 − h_s²)·whᵀ, and
 * ∂h_to/∂x_s = G·diag(1 − h_s²)·wxᵀ. For long distances the entries decay — the RNN's fading memory.
 */
export function rnnInfluences(xs: Matrix, p: RnnParams, to: number): number[] {
  checkShapes('rnnInfluences', xs, p);
  if (!Number.isInteger(to) || to < 0 || to >= xs.rows) {
    throw new Error(`rnnInfluences: to = ${to} is not a row of xs ${shape(xs)}`);
  }
  const hs = rnnForward(xs, p);
  const dHidden = p.wh.rows;
  const influences: number[] = [];
  let g = identity(dHidden);
  for (let s = to; s >= 0; s--) {
    const gThroughTanh = scaleColumns(g, hs.data.subarray(s * dHidden, (s + 1) * dHidden));
    influences[s] = frobenius(matmulTransposeB(gThroughTanh, p.wx));
    g = matmulTransposeB(gThroughTanh, p.wh);
  }
  return influences;
}

/**
 * How strongly one input x_from still moves the state h_to: ‖∂h_to/∂x_from‖_F, the same number as
 * rnnInfluences(xs, p, to)[from], found forwards: J = ∂h_t/∂x_from (dIn×dHidden, acting on row vectors) starts as
 * wx·diag(1 − h_from²) and each later step maps it through the recurrence, J ← J·wh·diag(1 − h_t²). Only the steps
 * from…to are walked, and J is dIn×dHidden rather than dHidden×dHidden — why the memory figure uses it.
 */
export function rnnInfluence(xs: Matrix, p: RnnParams, from: number, to: number): number {
  checkShapes('rnnInfluence', xs, p);
  if (!Number.isInteger(to) || to < 0 || to >= xs.rows) {
    throw new Error(`rnnInfluence: to = ${to} is not a row of xs ${shape(xs)}`);
  }
  if (!Number.isInteger(from) || from < 0 || from > to) {
    throw new Error(`rnnInfluence: from = ${from} must be a row of xs ${shape(xs)} no later than to = ${to}`);
  }
  const hs = rnnForward(xs, p);
  const dHidden = p.wh.rows;
  const state = (t: number) => hs.data.subarray(t * dHidden, (t + 1) * dHidden);
  const whT = transpose(p.wh);
  let jacobian = scaleColumns(p.wx, state(from));
  for (let t = from + 1; t <= to; t++) jacobian = jacobianStep(jacobian, whT, state(t));
  return frobenius(jacobian);
}

/**
 * How the influence of one input fades as words are inserted after it: entry k is ‖∂h_end/∂x_from‖_F for the
 * sequence prefix rows 0…from+k followed by all of tail (h_end its last state), k = 0 … prefix.rows − 1 − from —
 * the same numbers as rnnInfluence on each of those sequences. One walk down the prefix carries the states and
 * J = ∂h_t/∂x_from (as rnnInfluence does); from each cut on, tail.rows more steps finish that sequence, so the
 * whole curve costs O(prefix + cuts × tail) steps instead of a fresh walk per sequence.
 * rnnInfluenceAcrossGaps(prefix 40×8, tail 6×8, p, 1) → 39 numbers
 */
export function rnnInfluenceAcrossGaps(prefix: Matrix, tail: Matrix, p: RnnParams, from: number): number[] {
  checkShapes('rnnInfluenceAcrossGaps', prefix, p);
  checkShapes('rnnInfluenceAcrossGaps', tail, p);
  if (!Number.isInteger(from) || from < 0 || from >= prefix.rows) {
    throw new Error(`rnnInfluenceAcrossGaps: from = ${from} is not a row of the prefix ${shape(prefix)}`);
  }
  const wxT = transpose(p.wx);
  const whT = transpose(p.wh);
  const influences: number[] = [];
  let h = matrix(1, p.wh.rows);
  let jacobian = p.wx;
  for (let t = 0; t < prefix.rows; t++) {
    h = step(row(prefix, t), h, wxT, whT, p.b);
    if (t < from) continue;
    jacobian = t === from ? scaleColumns(p.wx, h.data) : jacobianStep(jacobian, whT, h.data);
    let [hEnd, jacobianEnd] = [h, jacobian];
    for (let s = 0; s < tail.rows; s++) {
      hEnd = step(row(tail, s), hEnd, wxT, whT, p.b);
      jacobianEnd = jacobianStep(jacobianEnd, whT, hEnd.data);
    }
    influences.push(frobenius(jacobianEnd));
  }
  return influences;
}

/** J = ∂h_{t-1}/∂x carried one step on: J·wh·diag(1 − h_t²), with wh given transposed. */
function jacobianStep(jacobian: Matrix, whT: Matrix, h: Float64Array): Matrix {
  return scaleColumns(matmulTransposeB(jacobian, whT), h);
}

/** g·diag(1 − h²): tanh′(a) = 1 − tanh(a)², so the pre-activation's Jacobian is the state's times this. */
function scaleColumns(g: Matrix, h: Float64Array): Matrix {
  const data = g.data.map((x, index) => x * (1 - h[index % g.cols]! ** 2));
  return { rows: g.rows, cols: g.cols, data };
}

function checkShapes(fn: string, xs: Matrix, { wx, wh, b }: RnnParams): void {
  const shapes = `xs ${shape(xs)}, wx ${shape(wx)}, wh ${shape(wh)}, b ${shape(b)}`;
  const dHidden = wh.rows;
  if (wh.cols !== dHidden || wx.cols !== dHidden || b.rows !== 1 || b.cols !== dHidden) {
    throw new Error(`${fn}: ${shapes} — need wx dIn×dHidden, wh dHidden×dHidden, b 1×dHidden`);
  }
  if (xs.cols !== wx.rows) throw new Error(`${fn}: ${shapes} — xs needs ${wx.rows} columns (dIn)`);
}
