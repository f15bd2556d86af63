import { matrix, type Matrix } from './matrix';

export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
}

/**
 * A deterministic random stream: mulberry32 for uniforms, Box–Muller for normals, so every figure can be reproduced
 * from its seed. The seed must be an integer (it is used modulo 2³²). createRandom(1).uniform() is always the same.
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`createRandom: seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  let spare: number | undefined;
  const uniform = (): number => {
    // mulberry32 (Tommy Ettinger): tiny, fast, 2³² period — plenty for figures, never for cryptography.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    // 1 - u lies in (0, 1], so the log is finite; Box–Muller yields two normals, keep one for the next call.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return { uniform, normal };
}

/** A rows×cols matrix of N(0, std²) entries drawn row by row from createRandom(seed). randomMatrix(2, 3, 7) */
export function randomMatrix(rows: number, cols: number, seed: number, std = 1): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new Error(`randomMatrix: ${rows}×${cols} — sizes must be whole numbers ≥ 0`);
  }
  const random = createRandom(seed);
  const out = matrix(rows, cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = std * random.normal();
  return out;
}
