/**
 * The panels of the matrix-form pipeline Q · Kᵀ → ÷√d_k → softmax → · V → O, built from one head's result (the
 * core's HeadResult): what each panel draws, on which colour scale, and the words its readout says for a cell.
 * Plain data for MatrixForm.svelte and its tests; no numbers are made here, only arranged.
 */
import { toRows, transpose, type HeadResult, type Matrix } from '../../core';
import { fixed, percent } from '../format';
import type { TermId } from './matrix-formula-terms';

export interface PipelinePanel {
  term: TermId;
  /** The matrix's name as the panel's button says it, and its shape. */
  title: string;
  size: string;
  rows: readonly string[];
  cols: readonly string[];
  values: number[][];
  scale: 'sequential' | 'signed';
  /** Sequential: 0 … 1. Signed: the colour scale spans −limit … limit (the largest |entry|). */
  min: number;
  max: number;
  /** Whether the chosen word has a row here (Q, the scores, the weights, O do; Kᵀ and V are used whole). */
  highlight: boolean;
  format: (value: number) => string;
  /** The readout's sentence for cell (i, j). */
  describe: (i: number, j: number) => string;
}

/** Two decimals, for matrix entries in a figure (the numbers tables keep three). */
export const entry = (x: number): string => fixed(x, 2).replace('-', '−');

const bound = (m: Matrix) => Math.max(...m.data.map(Math.abs));

/** The six panels, in reading order, for a head whose rows are the sentence's `labels`. */
export function pipelinePanels(head: HeadResult, labels: readonly string[]): PipelinePanel[] {
  const n = labels.length;
  const d = head.q.cols;
  const dims = Array.from({ length: d }, (_, c) => String(c + 1));
  const word = (i: number) => `“${labels[i]}”`;
  const signed = (m: Matrix) => ({ scale: 'signed' as const, min: -bound(m), max: bound(m), format: entry });
  const q = toRows(head.q);
  const kT = toRows(transpose(head.k));
  const scaled = toRows(head.scaled);
  const weights = toRows(head.weights);
  const v = toRows(head.v);
  const out = toRows(head.output);
  return [
    {
      term: 'q',
      title: 'Q',
      size: `${n}×${d}`,
      rows: labels,
      cols: dims,
      values: q,
      ...signed(head.q),
      highlight: true,
      describe: (i, j) => `query of ${word(i)}, number ${j + 1}: ${entry(q[i]![j]!)}`,
    },
    {
      term: 'k',
      title: 'Kᵀ',
      size: `${d}×${n}`,
      rows: dims,
      cols: labels,
      values: kT,
      ...signed(head.k),
      highlight: false,
      describe: (i, j) => `key of ${word(j)}, number ${i + 1}: ${entry(kT[i]![j]!)}`,
    },
    {
      term: 'scaled',
      title: `QKᵀ/√${d}`,
      size: `${n}×${n}`,
      rows: labels,
      cols: labels,
      values: scaled,
      ...signed(head.scaled),
      highlight: true,
      describe: (i, j) => `${word(i)} · ${word(j)} ÷ √${d}: ${entry(scaled[i]![j]!)}`,
    },
    {
      term: 'weights',
      title: 'A = softmax',
      size: `${n}×${n}`,
      rows: labels,
      cols: labels,
      values: weights,
      scale: 'sequential',
      min: 0,
      max: 1,
      format: percent,
      highlight: true,
      describe: (i, j) => `${word(i)} → ${word(j)}: ${percent(weights[i]![j]!)} of its attention`,
    },
    {
      term: 'v',
      title: 'V',
      size: `${n}×${d}`,
      rows: labels,
      cols: dims,
      values: v,
      ...signed(head.v),
      highlight: false,
      describe: (i, j) => `value of ${word(i)}, number ${j + 1}: ${entry(v[i]![j]!)}`,
    },
    {
      term: 'out',
      title: 'O',
      size: `${n}×${d}`,
      rows: labels,
      cols: dims,
      values: out,
      ...signed(head.output),
      highlight: true,
      describe: (i, j) => `output of ${word(i)}, number ${j + 1}: ${entry(out[i]![j]!)}`,
    },
  ];
}
