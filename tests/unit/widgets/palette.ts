/**
 * A test-side reading of the palette in src/styles/global.css: each variable's colour in the light and the dark
 * theme, and the fill strings of parts/colour-scale.ts resolved to sRGB by an independent OKLab implementation
 * (Björn Ottosson's matrices), so tests can measure what a cell looks like and the contrast of text on it.
 */
import { readFileSync } from 'node:fs';

export type Theme = 'light' | 'dark';
export type Rgb = readonly [number, number, number];
type Lab = readonly [number, number, number];

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const declarations = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const gamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** sRGB (0…1) → OKLab. */
export function toLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab → sRGB (0…1), clipped to the gamut. */
export function fromLab([L, a, b]: Lab): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((c) => Math.min(1, Math.max(0, gamma(c)))) as unknown as Rgb;
}

/** color-mix(in oklab, a (1 − share), b share). */
function mix(a: Rgb, b: Rgb, share: number): Rgb {
  const [p, q] = [toLab(a), toLab(b)];
  return fromLab(p.map((x, i) => x + (q[i]! - x) * share) as unknown as Lab);
}

/** Splits "a, b, c" at the commas outside parentheses. */
function args(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  [...text].forEach((ch, i) => {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  });
  return [...out, text.slice(start).trim()];
}

/** A CSS colour as our fills write it (hex, var(), light-dark(), color-mix(in oklab, …)) resolved in a theme. */
export function resolve(colour: string, theme: Theme): Rgb {
  const text = colour.trim();
  const call = /^([\w-]+)\((.*)\)$/s.exec(text);
  if (text.startsWith('#')) return hex(text);
  if (!call) throw new Error(`palette: cannot read the colour "${text}"`);
  const [, fn, inner] = call;
  if (fn === 'var') {
    const value = declarations.get(inner!.trim());
    if (value === undefined) throw new Error(`palette: ${inner} is not in global.css`);
    return resolve(value, theme);
  }
  if (fn === 'light-dark') return resolve(args(inner!)[theme === 'light' ? 0 : 1]!, theme);
  if (fn === 'color-mix') {
    const [space, ...parts] = args(inner!);
    if (space !== 'in oklab') throw new Error(`palette: color-mix ${space}`);
    const [a, b] = parts.map((p) => {
      const m = /^(.*?)\s*(?:([\d.]+)%)?$/s.exec(p)!;
      return { colour: m[1]!, share: m[2] === undefined ? undefined : Number(m[2]) / 100 };
    });
    const shareB = b!.share ?? (a!.share === undefined ? 0.5 : 1 - a!.share);
    return mix(resolve(a!.colour, theme), resolve(b!.colour, theme), shareB);
  }
  throw new Error(`palette: ${fn}() is not read here`);
}

/** Where c lies on the OKLab segment from a to b: 0 at a, 1 at b (the share of b in the mix). */
export function shareAlong(c: Rgb, a: Rgb, b: Rgb): number {
  const [x, p, q] = [toLab(c), toLab(a), toLab(b)];
  const d = q.map((v, i) => v - p[i]!);
  return x.reduce((sum, v, i) => sum + (v - p[i]!) * d[i]!, 0) / d.reduce((sum, v) => sum + v * v, 0);
}

/** The distance of two colours in OKLab (about 0.02 is a just-noticeable difference). */
export function distance(a: Rgb, b: Rgb): number {
  const [p, q] = [toLab(a), toLab(b)];
  return Math.hypot(...p.map((v, i) => v - q[i]!));
}

/** WCAG 2 contrast ratio of two sRGB colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const luminance = (c: Rgb) => {
    const [r, g, bl] = c.map(linear) as unknown as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
