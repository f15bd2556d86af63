/**
 * Which term of a formula (and so which of its figure's parts) is lit: the one under the pointer or keyboard
 * focus, else the one the reader pinned by pressing it. const light = new LinkedTerms<'q' | 'k'>()
 */
export class LinkedTerms<T extends string> {
  pinned: T | undefined = $state(undefined);
  pointed: T | undefined = $state(undefined);

  /** The lit term: pointed at or focused, else pinned; undefined for none. */
  get active(): T | undefined {
    return this.pointed ?? this.pinned;
  }

  /** Pressing a term pins it, or releases it when it is the pinned one. */
  toggle(term: T): void {
    this.pinned = this.pinned === term ? undefined : term;
  }
}
