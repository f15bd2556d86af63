import { count } from '../format';

/**
 * A ratio in (0, 1] said for people, without e-notation: a percentage down to 1 %, then "one part in N" with N
 * rounded to 2 significant digits (and "million" above 10⁶). shareInWords(0.585) → '59%',
 * shareInWords(3.277e-4) → 'one part in 3,100', shareInWords(2.589e-7) → 'one part in 3.9 million'
 */
export function shareInWords(ratio: number): string {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return ratio === 0 ? 'nothing' : '—';
  if (ratio >= 1) return `${count(Number((100 * ratio).toPrecision(3)))}%`;
  if (ratio >= 0.01) return `${Number((100 * ratio).toPrecision(2))}%`;
  const parts = Number((1 / ratio).toPrecision(2));
  if (parts >= 1e6) return `one part in ${count(Number((parts / 1e6).toPrecision(2)))} million`;
  return `one part in ${count(parts)}`;
}
