import { describe, expect, it } from 'vitest';
import { attention, fromRows } from '../../../src/core';
import { entry, pipelinePanels } from '../../../src/widgets/parts/pipeline-panels';

// A 3-word head with d_k = 2 from the core, so the panels can be checked against its matrices.
const q = fromRows([
  [1, 0],
  [0, 2],
  [-1, 1],
]);
const k = fromRows([
  [0.5, -1],
  [1, 1],
  [0, 3],
]);
const v = fromRows([
  [1, 2],
  [3, -4],
  [0, 0.5],
]);
const head = { q, k, v, ...attention(q, k, v) };
const labels = ['the', 'cat', 'sat'];
const panels = pipelinePanels(head, labels);

describe('pipelinePanels', () => {
  it('follows the formula: Q, Kᵀ, the scaled scores, the weights, V, O, with their shapes', () => {
    expect(panels.map((p) => [p.term, p.size])).toEqual([
      ['q', '3×2'],
      ['k', '2×3'],
      ['scaled', '3×3'],
      ['weights', '3×3'],
      ['v', '3×2'],
      ['out', '3×2'],
    ]);
  });

  it('draws Kᵀ on its side: rows are the 2 numbers, columns the key words', () => {
    const kT = panels[1]!;
    expect(kT.rows).toEqual(['1', '2']);
    expect(kT.cols).toEqual(labels);
    expect(kT.values).toEqual([
      [0.5, 1, 0],
      [-1, 1, 3],
    ]);
  });

  it('puts the weights on the sequential scale 0…1 and every signed matrix on ±its largest |entry|', () => {
    const weights = panels[3]!;
    expect([weights.scale, weights.min, weights.max]).toEqual(['sequential', 0, 1]);
    for (const p of panels.filter((p) => p.term !== 'weights')) {
      const largest = Math.max(...p.values.flat().map(Math.abs));
      expect([p.scale, p.min, p.max], p.term).toEqual(['signed', -largest, largest]);
    }
    expect(panels[2]!.values[0]![2]).toBeCloseTo((1 * 0 + 0 * 3) / Math.sqrt(2), 12);
    expect(panels[2]!.values[2]![2]).toBeCloseTo(3 / Math.sqrt(2), 12);
  });

  it('outlines the chosen row only where the word has one (not in Kᵀ or V)', () => {
    expect(panels.filter((p) => !p.highlight).map((p) => p.term)).toEqual(['k', 'v']);
  });

  it('says each cell’s words and value', () => {
    expect(panels[0]!.describe(1, 1)).toBe('query of “cat”, number 2: 2.00');
    expect(panels[1]!.describe(1, 2)).toBe('key of “sat”, number 2: 3.00');
    expect(panels[3]!.describe(0, 0)).toMatch(/^“the” → “the”: \d+(\.\d)?% of its attention$/);
    expect(panels[4]!.describe(1, 1)).toBe('value of “cat”, number 2: −4.00');
  });

  it('writes entries with two decimals, a real minus sign and never −0.00', () => {
    expect(entry(-1.234)).toBe('−1.23');
    expect(entry(-0.001)).toBe('0.00');
    expect(entry(0.5)).toBe('0.50');
  });
});
