import { describe, expect, it } from 'vitest';
import {
  aspectOf,
  captionBlock,
  composeFigure,
  dropsAttribute,
  exportWidth,
  fileName,
  stackLayout,
  wrapText,
  type FigurePart,
} from '../../../src/widgets/parts/figure-export';

describe('figure export', () => {
  it('wraps a caption at spaces into lines no longer than asked, losing no word', () => {
    const text = 'Scores Q·Kᵀ of the pointer head: row “it” scores highest on “animal”.';
    const lines = wrapText(text, 20);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe(text);
    expect(wrapText('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
    expect(wrapText('   ', 5)).toEqual([]);
  });

  it('names the file from the caption', () => {
    expect(fileName('Scores Q·Kᵀ, tired', 'svg')).toBe('scores-q-kt-tired.svg');
    expect(fileName('Åbo – “weights”', 'png')).toBe('abo-weights.png');
    expect(fileName('***', 'png')).toBe('figure.png');
    expect(fileName('x'.repeat(100), 'svg')).toHaveLength(64);
  });

  it('puts the caption and the sentence under the picture and grows the height to hold them', () => {
    const block = captionBlock({ width: 300, height: 200 }, 'A caption', 'The sentence it shows.', 12);
    expect(block.lines).toEqual(['A caption', 'The sentence it shows.']);
    expect(block.top).toBeGreaterThan(200);
    expect(block.height).toBeGreaterThanOrEqual(block.top + 2 * 12);
  });
});

const STYLE = {
  font: 14,
  fontFamily: 'Inter, sans-serif',
  ink: 'rgb(0 0 0 / 1)',
  background: 'rgb(255 255 255 / 1)',
};
const part = (
  width: number,
  height: number,
  content: string,
  drawn = { width: 0, height: 0 },
): FigurePart => ({
  viewBox: { x: 0, y: 0, width, height },
  drawn,
  attributes: [['fill', 'rgb(1 2 3 / 1)']],
  content,
});
/** The nested pictures' geometry attributes, in document order. */
const nested = (svg: string) =>
  [
    ...svg.matchAll(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="([^"]+)"/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
    viewBox: m[5],
  }));

describe('stacking several pictures into one file', () => {
  it('lays the pictures top to bottom at one width, each with its own aspect, a gap apart', () => {
    const { boxes, height } = stackLayout([0.5, 1, 0.25], 200, 10);
    expect(boxes).toEqual([
      { x: 0, y: 0, width: 200, height: 100 },
      { x: 0, y: 110, width: 200, height: 200 },
      { x: 0, y: 320, width: 200, height: 50 },
    ]);
    expect(height).toBe(370);
    expect(stackLayout([], 200, 10)).toEqual({ boxes: [], height: 0 });
  });

  it('keeps the viewBox aspect, or the drawn one for a stretched picture', () => {
    expect(
      aspectOf({ viewBox: { x: 0, y: 0, width: 400, height: 100 }, drawn: { width: 800, height: 600 } }),
    ).toBe(0.25);
    expect(
      aspectOf({
        viewBox: { x: 0, y: 0, width: 100, height: 10 },
        drawn: { width: 300, height: 15 },
        stretch: true,
      }),
    ).toBe(0.05);
  });

  it('equalises the widths to the widest drawn picture, or the widest viewBox when none is drawn', () => {
    expect(exportWidth([part(100, 50, ''), part(300, 10, '')])).toBe(300);
    expect(
      exportWidth([
        part(100, 50, '', { width: 420, height: 210 }),
        part(300, 10, '', { width: 380, height: 12 }),
      ]),
    ).toBe(420);
  });

  it('stacks the parts in order with their viewBoxes and sizes, and puts the caption and sentence under them', () => {
    const svg = composeFigure(
      [
        part(400, 200, '<rect data-part="a"/>', { width: 400, height: 200 }),
        part(100, 100, '<circle data-part="b"/>'),
      ],
      'Score matrix: rows are queries',
      'The animal was tired.',
      STYLE,
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const pictures = nested(svg);
    expect(pictures).toEqual([
      { x: 0, y: 0, width: 400, height: 200, viewBox: '0 0 400 200' },
      { x: 0, y: 214, width: 400, height: 400, viewBox: '0 0 100 100' },
    ]);
    expect(svg.indexOf('data-part="a"')).toBeLessThan(svg.indexOf('data-part="b"'));
    // The root's inlined presentation stays on each picture.
    expect(svg.match(/fill="rgb\(1 2 3 \/ 1\)"/g)).toHaveLength(2);
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    expect(texts.map((t) => t[3])).toEqual(['Score matrix: rows are queries', 'The animal was tired.']);
    for (const t of texts) expect(Number(t[2])).toBeGreaterThan(614);
    // The document holds the pictures and the caption: its height is past the last line.
    const [, width, height] = svg.match(/^<svg[^>]* viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(Number(texts.at(-1)![2]));
    expect(Number.isInteger(width) && Number.isInteger(height)).toBe(true);
    expect(svg).toMatch(
      new RegExp(`<rect x="0" y="0" width="400" height="${height}" fill="rgb\\(255 255 255 / 1\\)"/>`),
    );
  });

  it('escapes the caption, the sentence and attribute values, so no markup gets in', () => {
    const svg = composeFigure(
      [{ ...part(10, 10, ''), attributes: [['data-title', 'a "quote" & <b>']] }],
      'Caption <script>alert(1)</script>',
      'Tom & Jerry',
      STYLE,
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; Jerry');
    expect(svg).toContain('data-title="a &quot;quote&quot; &amp; &lt;b&gt;"');
  });

  it('drops handlers, classes, styles and tab stops everywhere, and the root’s own naming and geometry', () => {
    for (const name of ['onclick', 'onpointerenter', 'class', 'style', 'tabindex'])
      expect(dropsAttribute(name, false), name).toBe(true);
    for (const name of ['fill', 'aria-label', 'role', 'data-value', 'x', 'viewBox'])
      expect(dropsAttribute(name, false), name).toBe(false);
    for (const name of ['role', 'aria-labelledby', 'aria-hidden', 'viewBox', 'width', 'height', 'xmlns'])
      expect(dropsAttribute(name, true), name).toBe(true);
    expect(dropsAttribute('font-size', true)).toBe(false);
  });
});
