/**
 * What a figure's readout shows, as a pure state machine (readout.svelte.ts wraps it in $state): pointing at an
 * item shows it, keyboard focus shows it, a tap or click pins it and a second tap on it unpins. The pin wins over
 * hover (a touch screen's tap also hovers, then leaves); moving the focus to another item releases the pin.
 */

/** Who is pointed at, focused and pinned; items are keys such as a cell's index. */
export interface ReadoutState<K> {
  hovered?: K | undefined;
  focused?: K | undefined;
  pinned?: K | undefined;
}

export type ReadoutEvent<K> =
  | { type: 'hover'; key: K | undefined }
  | { type: 'focus'; key: K | undefined }
  | { type: 'tap'; key: K }
  | { type: 'unpin' };

/** The state after an event. nextReadout({}, { type: 'tap', key: 3 }) → { pinned: 3 } */
export function nextReadout<K>(state: ReadoutState<K>, event: ReadoutEvent<K>): ReadoutState<K> {
  switch (event.type) {
    case 'hover':
      return { ...state, hovered: event.key };
    case 'focus': {
      const moved = event.key !== undefined && state.pinned !== undefined && event.key !== state.pinned;
      return { ...state, focused: event.key, pinned: moved ? undefined : state.pinned };
    }
    case 'tap':
      return { ...state, pinned: state.pinned === event.key ? undefined : event.key };
    case 'unpin':
      return { ...state, pinned: undefined };
  }
}

/** The item the readout shows: the pinned one, else the one pointed at, else the focused one. */
export function shownKey<K>(state: ReadoutState<K>): K | undefined {
  return state.pinned ?? state.hovered ?? state.focused;
}
