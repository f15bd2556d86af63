/**
 * x with a fixed number of decimals, without the "-0.000" that toFixed gives a tiny negative number: a reader
 * would look for a sign that is not really there. fixed(-0.0001) → '0.000', fixed(-0.0006) → '-0.001'
 */
export function fixed(x: number, digits = 3): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}
