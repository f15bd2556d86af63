import { nextReadout, shownKey, type ReadoutState } from './readout';

/**
 * One readout per figure: the parts of a figure (heatmap, bars, legend…) report hover, focus and taps to it, and
 * the figure shows `readout.key` through Readout.svelte. const readout = new Readout<number>()
 */
export class Readout<K extends string | number> {
  #state: ReadoutState<K> = $state({});

  /** The item shown: pinned, else pointed at, else focused; undefined for none. */
  get key(): K | undefined {
    return shownKey(this.#state);
  }

  /** Whether the shown item is pinned by a tap. */
  get pinned(): boolean {
    return this.#state.pinned !== undefined;
  }

  /** The pointer entered an item (key) or left it (undefined). */
  hover(key: K | undefined): void {
    this.#state = nextReadout<K>(this.#state, { type: 'hover', key });
  }

  /** An item took the keyboard focus (key), or the figure lost it (undefined). */
  focus(key: K | undefined): void {
    this.#state = nextReadout<K>(this.#state, { type: 'focus', key });
  }

  /** A tap, click or Enter on an item: pins it, or unpins it when it is the pinned one. */
  tap(key: K): void {
    this.#state = nextReadout<K>(this.#state, { type: 'tap', key });
  }

  /** Releases the pin (Escape). */
  unpin(): void {
    this.#state = nextReadout<K>(this.#state, { type: 'unpin' });
  }
}

/**
 * The handlers that report an item to a readout — pointer in/out, focus/blur, click/tap — to spread on the item's
 * element: <rect {...reportTo(readout, i, () => (active = i))} />. `onfocus` runs first on focus (e.g. to move a tab stop).
 */
export function reportTo<K extends string | number>(readout: Readout<K>, key: K, onfocus?: () => void) {
  return {
    onpointerenter: () => readout.hover(key),
    onpointerleave: () => readout.hover(undefined),
    onfocus: () => {
      onfocus?.();
      readout.focus(key);
    },
    onblur: () => readout.focus(undefined),
    onclick: () => readout.tap(key),
  };
}

/** The key of the item (data-readout) an event happened in, for reportWithin and a container's key handler. */
export function keyOf(event: Event): number | undefined {
  const item = event.target instanceof Element ? event.target.closest('[data-readout]') : null;
  return item ? Number(item.getAttribute('data-readout')) : undefined;
}

/** Moves the keyboard focus to the item `key` inside the container whose handler got `event` (reportWithin's). */
export function focusKey(event: Event, key: number): void {
  const container = event.currentTarget instanceof Element ? event.currentTarget : null;
  container?.querySelector<SVGElement | HTMLElement>(`[data-readout="${key}"]`)?.focus();
}

/**
 * reportTo for every item inside one element, from that element's own handlers: an item is the closest element
 * with a data-readout attribute, its key a whole number. Spread on the container:
 * <g {...reportWithin(readout, (j) => (active = j))}> <g data-readout={j}>…</g> </g>. One set of listeners instead
 * of five an item, so a figure of many items hydrates in less time; a pointer between items reports none.
 */
export function reportWithin(readout: Readout<number>, onfocus?: (key: number) => void) {
  // pointerover fires for every element the pointer enters inside an item; report only a change of item.
  let hovered: number | undefined;
  const hover = (key: number | undefined) => {
    if (key !== hovered) readout.hover((hovered = key));
  };
  return {
    onpointerover: (event: PointerEvent) => hover(keyOf(event)),
    onpointerleave: () => hover(undefined),
    onfocusin: (event: FocusEvent) => {
      const key = keyOf(event);
      if (key === undefined) return;
      onfocus?.(key);
      readout.focus(key);
    },
    onfocusout: () => readout.focus(undefined),
    onclick: (event: MouseEvent) => {
      const key = keyOf(event);
      if (key !== undefined) readout.tap(key);
    },
  };
}

/** Enter or Space pins the focused item (like a tap), Escape unpins; true when the key was one of them. */
export function pinKeys<K extends string | number>(
  event: KeyboardEvent,
  readout: Readout<K>,
  key: K,
): boolean {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    readout.tap(key);
    return true;
  }
  if (event.key === 'Escape') {
    readout.unpin();
    return true;
  }
  return false;
}
