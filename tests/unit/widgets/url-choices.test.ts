import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chosenToken,
  formatTemperature,
  LOG2_T_MAX,
  LOG2_T_MIN,
  LOG2_T_STEP,
  parseTemperature,
  parseWord,
  snapTemperature,
  TEMPERATURE_SPEC,
  WORD_SPEC,
} from '../../../src/widgets/parts/url-choices';

const steps = Array.from(
  { length: (LOG2_T_MAX - LOG2_T_MIN) / LOG2_T_STEP + 1 },
  (_, k) => 2 ** (LOG2_T_MIN + k * LOG2_T_STEP),
);

describe('temperature in the URL', () => {
  it('round-trips every slider position through the URL text', () => {
    for (const t of steps) expect(parseTemperature(formatTemperature(t))).toBe(t);
  });

  it('shows readable numbers', () => {
    expect(formatTemperature(1)).toBe('1');
    expect(formatTemperature(0.125)).toBe('0.125');
    expect(formatTemperature(32)).toBe('32');
    expect(formatTemperature(2 ** 0.25)).toBe('1.189');
  });

  it('snaps a value between steps to the nearest step and clamps to the range', () => {
    expect(snapTemperature(1.1)).toBe(2 ** 0.25);
    expect(snapTemperature(1000)).toBe(32);
    expect(snapTemperature(0.001)).toBe(0.125);
    fc.assert(
      fc.property(fc.double({ min: 0.125, max: 32, noNaN: true }), (t) => {
        const snapped = snapTemperature(t);
        expect(steps).toContain(snapped);
        expect(Math.abs(Math.log2(snapped) - Math.log2(t))).toBeLessThanOrEqual(LOG2_T_STEP / 2 + 1e-12);
      }),
    );
  });

  it('refuses what is not a plain number in range, so the widget falls back with a note', () => {
    for (const raw of [
      '',
      'abc',
      '0',
      '-1',
      '1e3',
      'NaN',
      'Infinity',
      '64',
      '0.05',
      '<script>',
      '1'.repeat(10_000),
    ]) {
      expect(parseTemperature(raw), raw.slice(0, 20)).toBeUndefined();
    }
    expect(parseTemperature('4')).toBe(4);
    expect(parseTemperature('0.125')).toBe(0.125);
  });

  it('has T = 1, the model as trained, as the default, under its own key', () => {
    expect(TEMPERATURE_SPEC.fallback).toBe(1);
    expect(TEMPERATURE_SPEC.key).toBe('T');
  });
});

describe('the chosen word', () => {
  it('accepts words and "word (position)" labels, nothing else', () => {
    for (const ok of ['it', 'animal', "didn't", 'the (5)', '.', '. (12)']) expect(parseWord(ok)).toBe(ok);
    for (const bad of ['', 'It!', '<script>alert(1)</script>', 'a b', 'the (123)', 'x'.repeat(21)]) {
      expect(parseWord(bad), bad).toBeUndefined();
    }
    expect(WORD_SPEC.fallback).toBe('it');
  });

  it('finds the word among the labels, or falls back to the pronoun with a note', () => {
    const labels = ['the (1)', 'animal', 'the (3)', 'it'];
    expect(chosenToken(labels, 'animal', 3)).toEqual({ index: 1 });
    expect(chosenToken(labels, 'the (3)', 3)).toEqual({ index: 2 });
    expect(chosenToken(labels, 'street', 3)).toEqual({ index: 3, missing: 'street' });
    expect(chosenToken(labels, 'the', 3)).toEqual({ index: 3, missing: 'the' });
  });

  it('uses the pronoun without a note when "it" itself is labelled with its position', () => {
    expect(chosenToken(['it (1)', 'was', 'it (3)'], 'it', 0)).toEqual({ index: 0 });
  });
});
