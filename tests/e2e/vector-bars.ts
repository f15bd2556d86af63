import { expect, type Locator } from '@playwright/test';

/** The bars of a VectorBars strip, read from its paths (one rectangle "M x y h w v height h -w z" per number). */
export async function drawnBars(svg: Locator): Promise<{ x: number; y: number; height: number }[]> {
  const ds = await svg.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
  const bars = ds.flatMap((d) =>
    [...d.matchAll(/M([-\d.e]+) ([-\d.e]+)h[-\d.e]+v([-\d.e]+)h[-\d.e]+z/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      height: Number(m[3]),
    })),
  );
  return bars.sort((a, b) => a.x - b.x);
}

/**
 * A VectorBars strip draws `values`: one bar each, left to right, up from the middle line (12 of the strip's 24
 * units) for a positive number and down for a negative one, every height in proportion to |value|. Returns the
 * strip's scale (units of height per unit of value), for comparing strips that should share one.
 */
export async function expectStripDraws(
  svg: Locator,
  values: readonly number[],
  what: string,
): Promise<number> {
  const bars = await drawnBars(svg);
  expect(bars, what).toHaveLength(values.length);
  const largest = values.reduce((m, v, j) => (Math.abs(v) > Math.abs(values[m]!) ? j : m), 0);
  const scale = bars[largest]!.height / Math.abs(values[largest]!);
  values.forEach((v, j) => {
    const bar = bars[j]!;
    expect(bar.height, `${what}: bar ${j} in proportion`).toBeCloseTo(Math.abs(v) * scale, 6);
    expect(v >= 0 ? bar.y + bar.height : bar.y, `${what}: bar ${j} starts at the middle`).toBeCloseTo(12, 6);
  });
  return scale;
}
