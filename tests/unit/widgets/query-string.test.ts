import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A page's location and history, enough for query-string.ts, counting the replaceState calls. */
function fakePage(href: string) {
  const location = new URL(href);
  const writes: string[] = [];
  const times: number[] = [];
  const listeners = new Map<string, () => void>();
  const on = (type: string, listener: () => void) => listeners.set(type, listener);
  vi.stubGlobal('window', {
    location,
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: URL) => {
        writes.push(url.href);
        times.push(performance.now());
        location.href = url.href;
      },
    },
    addEventListener: on,
  });
  vi.stubGlobal('document', { addEventListener: on });
  return { location, writes, times, fire: (type: string) => listeners.get(type)?.() };
}

async function load() {
  vi.resetModules();
  return import('../../../src/widgets/parts/query-string');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('writeQuery', () => {
  it('writes a lone change at once', async () => {
    const page = fakePage('https://x.org/softmax/?word=it');
    const { writeQuery } = await load();
    writeQuery('T', '2');
    expect(page.writes).toEqual(['https://x.org/softmax/?word=it&T=2']);
  });

  it('coalesces a slider held down to a few writes a second, and the last value always lands', async () => {
    const page = fakePage('https://x.org/softmax/');
    const { writeQuery, readQuery, WRITES_PER_SECOND } = await load();
    for (let i = 1; i <= 120; i++) {
      writeQuery('T', String(i));
      expect(readQuery('T'), 'what the page reads back is what it shows').toBe(String(i));
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(1000);
    for (const t of page.times) {
      expect(page.times.filter((u) => u > t - 1000 && u <= t).length).toBeLessThanOrEqual(WRITES_PER_SECOND);
    }
    expect(page.location.searchParams.get('T')).toBe('120');
  });

  it('past the budget, writes the waiting changes of several keys together', async () => {
    const page = fakePage('https://x.org/softmax/?word=street');
    const { writeQuery, WRITES_PER_SECOND } = await load();
    for (let i = 0; i < WRITES_PER_SECOND; i++) writeQuery('T', String(i));
    writeQuery('T', '3');
    writeQuery('word', undefined);
    writeQuery('sentence', 'a b');
    expect(page.writes).toHaveLength(WRITES_PER_SECOND);
    vi.runAllTimers();
    expect(page.writes).toHaveLength(WRITES_PER_SECOND + 1);
    expect(page.writes.at(-1)).toBe('https://x.org/softmax/?T=3&sentence=a+b');
  });

  it('writes at once when the page is hidden or left', async () => {
    const page = fakePage('https://x.org/softmax/');
    const { writeQuery, WRITES_PER_SECOND } = await load();
    for (let i = 0; i <= WRITES_PER_SECOND; i++) writeQuery('T', String(i));
    expect(page.location.searchParams.get('T')).not.toBe(String(WRITES_PER_SECOND));
    page.fire('pagehide');
    expect(page.location.searchParams.get('T')).toBe(String(WRITES_PER_SECOND));
  });
});

describe('isolate', () => {
  it('wraps text in a direction isolate and drops the direction controls inside it', async () => {
    const { isolate } = await load();
    expect(isolate('abc\u202Edef\u2069')).toBe('\u2068abcdef\u2069');
  });
});
