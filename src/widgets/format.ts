/** 0.04283 → '4.28e-2': three significant digits in a form both readers and tests can read back with Number(). */
export function sci(x: number): string {
  return x.toExponential(2).replace('e+', 'e');
}

/** 1234567 → '1,234,567' */
export function count(x: number): string {
  return x.toLocaleString('en-US');
}
