import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHELF,
  ITEMS,
  LIMIT,
  MAX_DIMS,
  MIN_DIMS,
  formatShelf,
  numberAt,
  parseShelf,
  readEdit,
  readNumber,
  resize,
  withNumber,
  type ReaderShelf,
} from '../../../src/widgets/parts/reader-shelf';

const within = fc.double({ min: -LIMIT, max: LIMIT, noNaN: true }).map((x) => Math.round(x * 100) / 100 + 0); // no −0: a URL writes it as 0
const shelfOf = (dims: number) =>
  fc.record({
    dims: fc.constant(dims),
    query: fc.array(within, { minLength: dims, maxLength: dims }),
    keys: fc.array(fc.array(within, { minLength: dims, maxLength: dims }), {
      minLength: ITEMS.length,
      maxLength: ITEMS.length,
    }),
    values: fc.array(fc.array(within, { minLength: dims, maxLength: dims }), {
      minLength: ITEMS.length,
      maxLength: ITEMS.length,
    }),
  });
const anyShelf: fc.Arbitrary<ReaderShelf> = fc.integer({ min: MIN_DIMS, max: MAX_DIMS }).chain(shelfOf);

describe('the shelf in a URL', () => {
  it('formats and parses back to the same shelf', () => {
    expect(formatShelf(DEFAULT_SHELF)).toBe('2_2_0_2_0_0_2_0.5_0.5_1_0_0_1_0_0');
    fc.assert(
      fc.property(anyShelf, (shelf) => {
        expect(parseShelf(formatShelf(shelf))).toEqual(shelf);
      }),
    );
  });

  it('refuses what is not a well-formed shelf', () => {
    for (const raw of ['', 'nonsense', '5_1', '2_1_2', '<script>', '2_1e3_0_2_0_0_2_0.5_0.5_1_0_0_1_0_0']) {
      expect(parseShelf(raw), raw).toBeUndefined();
    }
    expect(parseShelf('2_200_0_2_0_0_2_0.5_0.5_1_0_0_1_0_0')).toBeUndefined();
  });
});

describe('resize', () => {
  it('cuts or zero-pads every vector to the new width', () => {
    const wide = resize(DEFAULT_SHELF, 3);
    expect(wide.query).toEqual([2, 0, 0]);
    expect(wide.keys[2]).toEqual([0.5, 0.5, 0]);
    expect(resize(wide, 2)).toEqual(DEFAULT_SHELF);
  });
});

describe('editing one number', () => {
  it('withNumber changes that number only, and numberAt reads it back', () => {
    fc.assert(
      fc.property(
        anyShelf,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('query', 'keys', 'values'),
        within,
        (s, i, c, v, x) => {
          const spot = v === 'query' ? { vector: v } : { vector: v, item: i % ITEMS.length };
          const dim = c % s.dims;
          const before = formatShelf(s);
          const edited = withNumber(s, spot, dim, x);
          expect(formatShelf(s)).toBe(before); // the input is not changed
          expect(numberAt(edited, spot, dim)).toBe(x);
          expect(withNumber(edited, spot, dim, numberAt(s, spot, dim))).toEqual(s);
        },
      ),
    );
  });

  it('readEdit waits for a number still being typed and refuses a bad one only on leaving the field', () => {
    expect(readEdit('1.5', false)).toEqual({ kind: 'use', value: 1.5 });
    expect(readEdit('1.', false)).toEqual({ kind: 'wait' });
    expect(readEdit('1.50', false)).toEqual({ kind: 'wait' });
    expect(readEdit('1.50', true)).toEqual({ kind: 'use', value: 1.5 });
    expect(readEdit('', false)).toEqual({ kind: 'wait' });
    expect(readEdit('', true)).toEqual({ kind: 'refuse', message: 'is empty' });
    expect(readEdit('500', true)).toEqual({
      kind: 'refuse',
      message: `must be between −${LIMIT} and ${LIMIT}`,
    });
    expect(readEdit('abc', true)).toEqual({ kind: 'refuse', message: 'is not a number' });
    expect(readNumber(' -3.5 ')).toEqual({ ok: true, value: -3.5 });
  });
});
