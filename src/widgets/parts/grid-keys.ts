/**
 * Keyboard navigation inside an n×m grid of cells that is one tab stop (the roving tabindex pattern): the arrows
 * move one cell, Home/End to the row's ends, Ctrl+Home/Ctrl+End to the first/last cell, PageUp/PageDown to the
 * column's ends; no wrapping. A list of bars is a grid of one column.
 */

/** A cell of the grid, counted from 0. */
export interface Cell {
  row: number;
  col: number;
}

/** What the key handler needs of a KeyboardEvent. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The cell a key moves to from `at` in a rows × cols grid, or undefined when the key is not a navigation key (let
 * the browser have it). moveInGrid({ key: 'ArrowRight' }, { row: 0, col: 0 }, 3, 4) → { row: 0, col: 1 }
 */
export function moveInGrid(press: KeyPress, at: Cell, rows: number, cols: number): Cell | undefined {
  if (rows <= 0 || cols <= 0) return undefined;
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
  const row = clamp(at.row, rows);
  const col = clamp(at.col, cols);
  const whole = press.ctrlKey === true || press.metaKey === true;
  switch (press.key) {
    case 'ArrowUp':
      return { row: clamp(row - 1, rows), col };
    case 'ArrowDown':
      return { row: clamp(row + 1, rows), col };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, cols) };
    case 'ArrowRight':
      return { row, col: clamp(col + 1, cols) };
    case 'Home':
      return whole ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return whole ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case 'PageUp':
      return { row: 0, col };
    case 'PageDown':
      return { row: rows - 1, col };
    default:
      return undefined;
  }
}

/** The tabindex of a cell: 0 for the one active cell (the grid's single tab stop), −1 for the others. */
export function tabIndexOf(cell: Cell, active: Cell): 0 | -1 {
  return cell.row === active.row && cell.col === active.col ? 0 : -1;
}

/** A cell's index in row-major order, and back. cellIndex({ row: 1, col: 2 }, 4) → 6 */
export function cellIndex(cell: Cell, cols: number): number {
  return cell.row * cols + cell.col;
}

/** The cell at a row-major index. cellAt(6, 4) → { row: 1, col: 2 } */
export function cellAt(index: number, cols: number): Cell {
  return { row: Math.floor(index / cols), col: index % cols };
}
