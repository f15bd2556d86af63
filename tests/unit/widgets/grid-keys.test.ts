import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt, cellIndex, moveInGrid, tabIndexOf } from '../../../src/widgets/parts/grid-keys';

const at = { row: 1, col: 2 };

describe('moveInGrid', () => {
  it.each([
    ['ArrowUp', false, { row: 0, col: 2 }],
    ['ArrowDown', false, { row: 2, col: 2 }],
    ['ArrowLeft', false, { row: 1, col: 1 }],
    ['ArrowRight', false, { row: 1, col: 3 }],
    ['Home', false, { row: 1, col: 0 }],
    ['End', false, { row: 1, col: 3 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 2, col: 3 }],
    ['PageUp', false, { row: 0, col: 2 }],
    ['PageDown', false, { row: 2, col: 2 }],
  ])('%s (ctrl %s) from row 1, column 2 of 3×4', (key, ctrlKey, to) => {
    expect(moveInGrid({ key, ctrlKey }, at, 3, 4)).toEqual(to);
  });

  it('stops at the edges instead of wrapping', () => {
    expect(moveInGrid({ key: 'ArrowUp' }, { row: 0, col: 0 }, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ key: 'ArrowRight' }, { row: 2, col: 3 }, 3, 4)).toEqual({ row: 2, col: 3 });
  });

  it('leaves other keys (Tab, Enter, letters) to the browser, and an empty grid alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape'])
      expect(moveInGrid({ key }, at, 3, 4)).toBeUndefined();
    expect(moveInGrid({ key: 'ArrowDown' }, at, 0, 4)).toBeUndefined();
  });

  it('a list of bars is one column: up and down move, left and right stay', () => {
    expect(moveInGrid({ key: 'ArrowDown' }, { row: 0, col: 0 }, 5, 1)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ key: 'ArrowRight' }, { row: 0, col: 0 }, 5, 1)).toEqual({ row: 0, col: 0 });
  });

  it('always lands inside the grid, even from outside it', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.boolean(),
        fc.integer({ min: -3, max: 30 }),
        fc.integer({ min: -3, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        (key, ctrlKey, row, col, rows, cols) => {
          const to = moveInGrid({ key, ctrlKey }, { row, col }, rows, cols)!;
          expect(to.row).toBeGreaterThanOrEqual(0);
          expect(to.row).toBeLessThan(rows);
          expect(to.col).toBeGreaterThanOrEqual(0);
          expect(to.col).toBeLessThan(cols);
        },
      ),
    );
  });
});

describe('one tab stop', () => {
  it('only the active cell has tabindex 0', () => {
    const cells = Array.from({ length: 12 }, (_, i) => cellAt(i, 4));
    expect(cells.filter((c) => tabIndexOf(c, at) === 0)).toEqual([at]);
  });

  it('cellIndex and cellAt are inverse', () => {
    expect(cellIndex({ row: 1, col: 2 }, 4)).toBe(6);
    for (let i = 0; i < 12; i++) expect(cellIndex(cellAt(i, 4), 4)).toBe(i);
  });
});
