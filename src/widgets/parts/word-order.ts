import { isPermutation } from '../../core';

/** An order of n words as the URL keeps it: '3.0.2.1' (order[i] = the original position of the word now at i). */
export function formatOrder(order: readonly number[]): string {
  return order.join('.');
}

/** An order from the URL for a sentence of n words, or undefined when it is not one. parseOrder('1.0', 2) → [1, 0] */
export function parseOrder(raw: string, n: number): number[] | undefined {
  if (!/^\d{1,2}(\.\d{1,2}){0,59}$/.test(raw.trim())) return undefined;
  const order = raw.trim().split('.').map(Number);
  return isPermutation(order, n) ? order : undefined;
}

/** The order with the word at `from` taken out and put back at `to`. moveWord([0, 1, 2], 0, 2) → [1, 2, 0] */
export function moveWord(order: readonly number[], from: number, to: number): number[] {
  const next = [...order];
  const [word] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, order.length - 1)), 0, word!);
  return next;
}

/**
 * A difference as a reader can take it in: 0 exactly, a bound that names the power of ten it lies under (floating
 * point rounding is about 10⁻¹⁶), or two decimals. humanDifference(4e-16) → 'less than 10⁻¹⁵'
 */
export function humanDifference(x: number): string {
  if (x === 0) return '0';
  if (x >= 0.005) return x.toFixed(2);
  const power = Math.ceil(Math.log10(x));
  const superscript = String(power).replace(/[-\d]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);
  return `less than 10${superscript}`;
}

/** A sentence with two words exchanged wherever they stand, case kept. swapInText('A box in a bag', 'box', 'bag') */
export function swapInText(text: string, a: string, b: string): string {
  return text.replace(new RegExp(`\\b(${a}|${b})\\b`, 'g'), (w) => (w === a ? b : a));
}
