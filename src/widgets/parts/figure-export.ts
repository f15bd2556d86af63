/**
 * Export of a figure as a stand-alone SVG or PNG file. A figure is one <svg> or several (handed over by bind:this),
 * stacked top to bottom at one width, each keeping its aspect. Each is cloned and every drawn element gets its
 * computed colours and text styles written in as attributes (CSS variables, light-dark() and color-mix() resolved to
 * plain rgb, so the file looks as it does on the page, in the theme the reader sees); scripts, foreignObject, event
 * handlers, classes and tab stops are left out. A background and the figure's caption and sentence are added as text
 * below the pictures; PNG draws that SVG into a canvas. Both download through a Blob URL and an <a download>. PNG
 * needs `img-src blob:` in the CSP. The composition (composeFigure, stackLayout) is plain string work, unit-tested.
 */

/** Presentation properties copied from the computed style onto each exported element. */
export const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  // Labels with a halo (a stroke in the background colour painted first): without it the halo covers the text.
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

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

/** A rectangle in some SVG's units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One picture of a figure, ready to be stacked: its viewBox, the width and height it is drawn at on the page (CSS
 *  px; 0 when not drawn), the attributes of its root (already inlined) and its content as SVG markup. */
export interface FigurePart {
  viewBox: Box;
  drawn: { width: number; height: number };
  /** Keep the drawn aspect rather than the viewBox's (a preserveAspectRatio="none" picture). */
  stretch?: boolean;
  attributes: readonly (readonly [string, string])[];
  content: string;
}

/** How the exported file is dressed: caption font size (px), font family, text colour, background colour. */
export interface FigureStyle {
  font: number;
  fontFamily: string;
  ink: string;
  background: string;
}

/**
 * Where each picture goes when they are stacked top to bottom at one width, `gap` apart, each with its own aspect
 * (height / width). stackLayout([0.5, 1], 200, 10) → boxes (0,0,200,100) and (0,110,200,200), height 310.
 */
export function stackLayout(
  aspects: readonly number[],
  width: number,
  gap: number,
): { boxes: Box[]; height: number } {
  const boxes: Box[] = [];
  let y = 0;
  for (const aspect of aspects) {
    if (boxes.length > 0) y += gap;
    const height = width * aspect;
    boxes.push({ x: 0, y, width, height });
    y += height;
  }
  return { boxes, height: y };
}

/** The height / width a part keeps in the export: its viewBox's, or as drawn when stretched. */
export function aspectOf(part: Pick<FigurePart, 'viewBox' | 'drawn' | 'stretch'>): number {
  const { drawn, viewBox } = part;
  if (part.stretch && drawn.width > 0 && drawn.height > 0) return drawn.height / drawn.width;
  return viewBox.width > 0 ? viewBox.height / viewBox.width : 0;
}

/** The common width of the stacked export: the widest part as drawn on the page (its viewBox width if none is drawn). */
export function exportWidth(parts: readonly Pick<FigurePart, 'viewBox' | 'drawn'>[]): number {
  const drawn = Math.max(0, ...parts.map((p) => p.drawn.width));
  return drawn > 0 ? drawn : Math.max(1, ...parts.map((p) => p.viewBox.width));
}

/** Text for XML character data: & < > escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for an XML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Whether an attribute of a drawn element stays out of the file: handlers, classes, styles (inlined instead), tab
 *  stops; on the root also its role and ARIA naming and its own geometry (the stack sets it). */
export function dropsAttribute(name: string, root: boolean): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || ['class', 'style', 'tabindex'].includes(lower)) return true;
  return (
    root &&
    (lower === 'role' ||
      lower.startsWith('aria-') ||
      ['xmlns', 'viewbox', 'width', 'height', 'x', 'y'].includes(lower))
  );
}

const number = (v: number) => String(Math.round(v * 100) / 100);
const attributes = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/**
 * The figure as one stand-alone SVG document: the parts stacked top to bottom at the widest one's width, each
 * keeping its aspect, on a background, with the caption and the sentence wrapped into lines of text below them.
 */
export function composeFigure(
  parts: readonly FigurePart[],
  caption: string,
  sentence: string,
  style: FigureStyle,
): string {
  const { font } = style;
  const width = exportWidth(parts);
  const stack = stackLayout(parts.map(aspectOf), width, font);
  const block = captionBlock({ width, height: stack.height }, caption, sentence, font);
  // The file in whole pixels (a PNG is whole pixels too): the background fills the fraction left over.
  const [fileWidth, fileHeight] = [Math.ceil(width), Math.ceil(block.height)];
  const pictures = parts.map((part, i) => {
    const box = stack.boxes[i]!;
    const { x, y, width: w, height: h } = part.viewBox;
    const geometry: [string, string][] = [
      ['x', number(box.x)],
      ['y', number(box.y)],
      ['width', number(box.width)],
      ['height', number(box.height)],
      ['viewBox', `${x} ${y} ${w} ${h}`],
    ];
    return `<svg${attributes([...geometry, ...part.attributes])}>${part.content}</svg>`;
  });
  const lines = block.lines.map(
    (line, i) =>
      `<text${attributes([
        ['x', number(font / 2)],
        ['y', number(block.top + (i + 0.8) * 1.35 * font)],
        ['font-size', number(font)],
        ['font-family', style.fontFamily],
        ['fill', style.ink],
      ])}>${escapeText(line)}</text>`,
  );
  return (
    `<svg xmlns="${SVG_NS}" viewBox="0 0 ${fileWidth} ${fileHeight}" width="${fileWidth}" height="${fileHeight}">` +
    `<rect x="0" y="0" width="${fileWidth}" height="${fileHeight}" fill="${escapeAttribute(style.background)}"/>` +
    pictures.join('') +
    lines.join('') +
    '</svg>'
  );
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

/** Copies the computed presentation of `from` and its descendants onto the clone `to`, element by element, and
 *  leaves out what a stand-alone file must not carry (dropsAttribute). */
function inline(from: Element, to: Element, context: CanvasRenderingContext2D, root: boolean): void {
  const style = from.ownerDocument.defaultView!.getComputedStyle(from);
  for (const property of INLINED) {
    const value = style.getPropertyValue(property);
    if (value) to.setAttribute(property, COLOURS.has(property) ? plainColour(value, context) : value);
  }
  for (const name of to.getAttributeNames()) if (dropsAttribute(name, root)) to.removeAttribute(name);
  [...from.children].forEach((child, i) => inline(child, to.children[i]!, context, false));
}

function getComputedStyleOf(element: Element): CSSStyleDeclaration {
  return element.ownerDocument.defaultView!.getComputedStyle(element);
}

/** One drawn <svg> as a FigurePart: cloned, styles inlined, scripts and foreignObject left out. */
export function figurePart(svg: SVGSVGElement, context: CanvasRenderingContext2D): FigurePart {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone, context, true);
  for (const unsafe of clone.querySelectorAll('script, foreignObject')) unsafe.remove();
  const rect = svg.getBoundingClientRect();
  const box = svg.viewBox.baseVal;
  const viewBox =
    box && box.width > 0
      ? { x: box.x, y: box.y, width: box.width, height: box.height }
      : { x: 0, y: 0, width: rect.width || 1, height: rect.height || 1 };
  const serializer = new XMLSerializer();
  return {
    viewBox,
    drawn: { width: rect.width, height: rect.height },
    stretch: svg.getAttribute('preserveAspectRatio')?.trim() === 'none',
    attributes: clone.getAttributeNames().map((name) => [name, clone.getAttribute(name) ?? ''] as const),
    content: [...clone.childNodes].map((node) => serializer.serializeToString(node)).join(''),
  };
}

/**
 * The figure as a stand-alone SVG document (text): one <svg> or several stacked top to bottom, with its caption and
 * sentence under the pictures. figureSvg(svg, caption, sentence) or figureSvg([top, bottom], caption, sentence).
 */
export function figureSvg(
  figures: SVGSVGElement | readonly SVGSVGElement[],
  caption: string,
  sentence: string,
): string {
  const svgs = Array.isArray(figures) ? figures : [figures as SVGSVGElement];
  const first = svgs[0];
  if (!first) throw new Error('figureSvg: no <svg> to export');
  const doc = first.ownerDocument;
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const parts = svgs.map((svg) => figurePart(svg, context));
  // The caption in the size of the text around the figure (the <svg>'s own font-size may be in viewBox units).
  const around = getComputedStyleOf(first.parentElement ?? first);
  return composeFigure(parts, caption, sentence, {
    font: Math.max(12, Number.parseFloat(around.fontSize) || 14),
    fontFamily: getComputedStyleOf(first).fontFamily,
    ink: plainColour(getComputedStyleOf(first).color, context),
    background: plainColour(backgroundBehind(first), context),
  });
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
