import { describe, expect, it } from 'vitest';
import { captionBlock, fileName, wrapText } from '../../../src/widgets/parts/figure-export';

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
