import { expect, type Locator } from '@playwright/test';

/** Bars drawn as rectangles in paths ("M x y h w v height h -w z" each), left to right. */
export async function drawnBars(paths: Locator): Promise<{ x: number; y: number; height: number }[]> {
  const ds = await paths.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
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
 * The bars read from `paths` draw `values`: one bar each, left to right, up from `middle` for a positive number and
 * down for a negative one, every height in proportion to |value| (but at least `minHeight`). Returns the scale
 * (units of height per unit of value), for comparing drawings that should share one.
 */
export async function expectBarsDraw(
  paths: Locator,
  values: readonly number[],
  what: string,
  { middle, minHeight = 0 }: { middle: number; minHeight?: number },
): Promise<number> {
  const bars = await drawnBars(paths);
  expect(bars, what).toHaveLength(values.length);
  const largest = values.reduce((m, v, j) => (Math.abs(v) > Math.abs(values[m]!) ? j : m), 0);
  const scale = bars[largest]!.height / Math.abs(values[largest]!);
  values.forEach((v, j) => {
    const bar = bars[j]!;
    expect(bar.height, `${what}: bar ${j} in proportion`).toBeCloseTo(
      Math.max(minHeight, Math.abs(v) * scale),
      6,
    );
    expect(v >= 0 ? bar.y + bar.height : bar.y, `${what}: bar ${j} starts at the middle`).toBeCloseTo(
      middle,
      6,
    );
  });
  return scale;
}

/** A VectorBars strip draws `values` (expectBarsDraw; its middle line is at 12 of its 24 units). */
export async function expectStripDraws(
  svg: Locator,
  values: readonly number[],
  what: string,
): Promise<number> {
  return expectBarsDraw(svg.locator('path'), values, what, { middle: 12 });
}
