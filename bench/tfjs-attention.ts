import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { type Matrix } from '../src/core';

/** The same computations written the idiomatic tfjs way, for comparison on its CPU backend (float32). */

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

export function toTensor(m: Matrix): tf.Tensor2D {
  return tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
}

/** softmax(Q·Kᵀ/√d_k)·V; reads the output back so the work is certainly done. */
export function tfAttention(q: tf.Tensor2D, k: tf.Tensor2D, v: tf.Tensor2D): Float32Array {
  const output = tf.tidy(() => {
    const scores = tf.matMul(q, k, false, true);
    const weights = tf.softmax(tf.div(scores, Math.sqrt(q.shape[1])));
    return tf.matMul(weights, v);
  });
  const data = output.dataSync() as Float32Array;
  output.dispose();
  return data;
}

/**
 * Multi-head attention with all heads in one batched matmul (how tfjs code is usually written): the heads' wq
 * side by side as one d_model × h·d_head matrix, reshaped to [h, n, d_head].
 */
export function tfMultiHead(
  x: tf.Tensor2D,
  wq: tf.Tensor2D,
  wk: tf.Tensor2D,
  wv: tf.Tensor2D,
  wo: tf.Tensor2D,
  heads: number,
): Float32Array {
  const output = tf.tidy(() => {
    const n = x.shape[0];
    const dHead = wq.shape[1] / heads;
    const split = (w: tf.Tensor2D): tf.Tensor3D =>
      tf.transpose(tf.reshape(tf.matMul(x, w), [n, heads, dHead]), [1, 0, 2]);
    const [q, k, v] = [split(wq), split(wk), split(wv)];
    const weights = tf.softmax(tf.div(tf.matMul(q, k, false, true), Math.sqrt(dHead)));
    const concat = tf.reshape(tf.transpose(tf.matMul(weights, v), [1, 0, 2]), [n, heads * dHead]);
    return tf.matMul(concat, wo);
  });
  const data = output.dataSync() as Float32Array;
  output.dispose();
  return data;
}
