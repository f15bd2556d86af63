/**
 * Export of a figure as a stand-alone SVG or PNG file: the figure's own <svg> (handed over by bind:this) is
 * cloned, every drawn element gets its computed colours and text styles written in as attributes (CSS variables,
 * light-dark() and color-mix() resolved to plain rgb, so the file looks as it does on the page, in the theme the
 * reader sees), a background and the figure's caption and sentence are added as text below the picture; PNG draws
 * that SVG into a canvas. Both download through a Blob URL and an <a download>. PNG needs `img-src blob:` in the CSP.
 */

/** Presentation properties copied from the computed style onto each exported element. */
export const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Properties whose value is a colour (resolved to rgb through a canvas). */
const COLOURS = new Set(['fill', 'stroke']);

/** Words of `text` in lines of at most `maxChars` characters (a longer word gets its own line). wrapText('a bb c', 4) → ['a bb', 'c'] */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A file name from a caption: its first words, lower case, joined by '-'. fileName('Scores Q·Kᵀ, tired', 'svg') → 'scores-q-kt-tired.svg' */
export function fileName(caption: string, extension: 'svg' | 'png'): string {
  const stem = caption
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'figure'}.${extension}`;
}

/** Where the caption goes under a picture of this viewBox: the lines, their size and the grown height. */
export function captionBlock(
  viewBox: { width: number; height: number },
  caption: string,
  sentence: string,
  font: number,
): { lines: string[]; font: number; top: number; height: number } {
  const maxChars = Math.max(12, Math.floor((viewBox.width - font) / (0.55 * font)));
  const lines = [...wrapText(caption, maxChars), ...wrapText(sentence, maxChars)];
  const top = viewBox.height + font;
  return { lines, font, top, height: top + lines.length * 1.35 * font + font / 2 };
}

/** A colour as the canvas paints it, written rgb(r g b / a); '' when it is not a colour. */
function plainColour(colour: string, context: CanvasRenderingContext2D): string {
  if (colour === 'none' || colour.startsWith('url(')) return colour;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000000';
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r} ${g} ${b} / ${Math.round((a! / 255) * 1000) / 1000})`;
}

/** The first opaque background behind an element (its frame's), as the page paints it. */
function backgroundBehind(element: Element): string {
  const view = element.ownerDocument.defaultView!;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = view.getComputedStyle(at).backgroundColor;
    if (colour && !/^rgba\(.*,\s*0\)$|^transparent$/.test(colour)) return colour;
  }
  return 'white';
}

/** Copies the computed presentation of `from` and its descendants onto the clone `to`, element by element. */
function inline(from: Element, to: Element, context: CanvasRenderingContext2D): void {
  const style = from.ownerDocument.defaultView!.getComputedStyle(from);
  for (const property of INLINED) {
    const value = style.getPropertyValue(property);
    if (value) to.setAttribute(property, COLOURS.has(property) ? plainColour(value, context) : value);
  }
  to.removeAttribute('class');
  to.removeAttribute('style');
  to.removeAttribute('tabindex');
  [...from.children].forEach((child, i) => inline(child, to.children[i]!, context));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The figure as a stand-alone SVG document (text), with its caption and sentence under the picture. */
export function figureSvg(svg: SVGSVGElement, caption: string, sentence: string): string {
  const doc = svg.ownerDocument;
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone, context);
  const box = svg.viewBox.baseVal;
  const view =
    box && box.width > 0
      ? { x: box.x, y: box.y, width: box.width, height: box.height }
      : { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
  const font = Number.parseFloat(getComputedStyleOf(svg).fontSize) || 12;
  const block = captionBlock(view, caption, sentence, font);
  const ink = plainColour(getComputedStyleOf(svg).color, context);

  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({
    x: view.x,
    y: view.y,
    width: view.width,
    height: block.height,
  })) {
    background.setAttribute(name, String(value));
  }
  background.setAttribute('fill', plainColour(backgroundBehind(svg), context));
  clone.insertBefore(background, clone.firstChild);
  block.lines.forEach((line, i) => {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(view.x + font / 2));
    text.setAttribute('y', String(view.y + block.top + (i + 0.8) * 1.35 * font));
    text.setAttribute('font-size', String(font));
    text.setAttribute('font-family', getComputedStyleOf(svg).fontFamily);
    text.setAttribute('fill', ink);
    text.textContent = line;
    clone.appendChild(text);
  });
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${block.height}`);
  clone.setAttribute('width', String(view.width));
  clone.setAttribute('height', String(block.height));
  for (const name of ['role', 'aria-labelledby', 'aria-label', 'aria-hidden']) clone.removeAttribute(name);
  return new XMLSerializer().serializeToString(clone);
}

function getComputedStyleOf(element: Element): CSSStyleDeclaration {
  return element.ownerDocument.defaultView!.getComputedStyle(element);
}

/** The SVG text drawn into a canvas `scale` times its size, as a PNG blob. */
export async function svgToPng(svgText: string, doc: Document, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((done, fail) =>
      canvas.toBlob(
        (blob) => (blob ? done(blob) : fail(new Error('figure-export: the canvas made no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary Blob URL and an <a download>. */
export function download(blob: Blob, name: string, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed once the task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
