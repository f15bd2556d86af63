import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseSeed } from '../../../src/widgets/parts/seed';

describe('parseSeed', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    [' 7 ', 7],
    ['0012', 12],
    [String(MAX_SEED), MAX_SEED],
  ])('reads %j as %d', (raw, seed) => expect(parseSeed(raw)).toBe(seed));

  it.each([
    '',
    ' ',
    '-1',
    '+3',
    '4.2',
    '1e3',
    '0x10',
    'NaN',
    'seven',
    String(MAX_SEED + 1),
    '99999999999',
    '１２',
  ])('refuses %j', (raw) => expect(parseSeed(raw)).toBeUndefined());
});
