import { describe, expect, it } from 'vitest';
import {
  nextReadout,
  shownKey,
  type ReadoutEvent,
  type ReadoutState,
} from '../../../src/widgets/parts/readout';

/** The state after a run of events from nothing. */
function after(...events: ReadoutEvent<number>[]): ReadoutState<number> {
  return events.reduce<ReadoutState<number>>(nextReadout, {});
}
const hover = (key: number | undefined): ReadoutEvent<number> => ({ type: 'hover', key });
const focus = (key: number | undefined): ReadoutEvent<number> => ({ type: 'focus', key });
const tap = (key: number): ReadoutEvent<number> => ({ type: 'tap', key });

describe('the readout', () => {
  it('shows nothing at first, the item pointed at, and nothing again when the pointer leaves', () => {
    expect(shownKey(after())).toBeUndefined();
    expect(shownKey(after(hover(3)))).toBe(3);
    expect(shownKey(after(hover(3), hover(undefined)))).toBeUndefined();
  });

  it('shows the focused item, and the pointer wins while it points', () => {
    expect(shownKey(after(focus(2)))).toBe(2);
    expect(shownKey(after(focus(2), hover(5)))).toBe(5);
    expect(shownKey(after(focus(2), hover(5), hover(undefined)))).toBe(2);
  });

  it('a tap pins (touch: the tap also hovers and leaves), a second tap on it unpins', () => {
    const pinned = after(hover(4), focus(4), tap(4), hover(undefined));
    expect(shownKey(pinned)).toBe(4);
    expect(shownKey(nextReadout(pinned, hover(7)))).toBe(4);
    expect(shownKey(after(hover(4), tap(4), hover(undefined), tap(4)))).toBeUndefined();
  });

  it('tapping another item moves the pin; moving the focus to another item releases it; Escape unpins', () => {
    expect(shownKey(after(tap(1), tap(2)))).toBe(2);
    expect(after(focus(1), tap(1), focus(2)).pinned).toBeUndefined();
    expect(shownKey(after(focus(1), tap(1), focus(2)))).toBe(2);
    expect(after(tap(1), focus(undefined)).pinned).toBe(1);
    expect(shownKey(after(tap(1), { type: 'unpin' }))).toBeUndefined();
  });

  it('does not change the state it is given', () => {
    const state = Object.freeze({ hovered: 1 });
    expect(() => nextReadout(state, tap(1))).not.toThrow();
    expect(state).toEqual({ hovered: 1 });
  });
});
