import { afterEach, describe, expect, it, vi } from 'vitest';
import seenDirective from '../../../src/integrations/seen-directive';

/** A stand-in IntersectionObserver that the test drives: `show(target)` reports it on screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(isIntersecting: boolean) {
    this.callback(this.observed.map((target) => ({ isIntersecting, target })));
  }
}

function island(children: number) {
  return { children: Array.from({ length: children }, () => ({}) as Element) } as unknown as HTMLElement;
}

describe('client:seen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('loads nothing until a child of the island is on screen, then hydrates once, in a later task', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const events: string[] = [];
    const hydrate = vi.fn(async () => {
      events.push('hydrate');
    });
    const load = vi.fn(async () => {
      events.push('load');
      return hydrate;
    });
    seenDirective(load, { name: 'Flashlight', value: '' }, island(2));
    const observer = FakeObserver.last!;
    expect(observer.observed).toHaveLength(2);

    observer.report(false);
    await vi.runAllTimersAsync();
    expect(load).not.toHaveBeenCalled();

    observer.report(true);
    expect(observer.disconnected).toBe(true);
    // The modules load, but hydration waits for the next task: however many microtasks run, no hydrate yet.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(events).toEqual(['load']);
    await vi.runAllTimersAsync();
    expect(events).toEqual(['load', 'hydrate']);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });
});
