import type { Attachment } from 'svelte/attachments';

/**
 * `{@attach frameWidth((width) => (measured = width))}`: the element's clientWidth, reported by a ResizeObserver
 * after each layout that changes it. Unlike bind:clientWidth, which also reads the width as the figure mounts, it
 * never forces a layout inside the figure's hydration, and the redraw at the measured width runs in the next frame
 * instead of doubling the hydration's long task. Until the first report the figure keeps its server-drawn width.
 */
export function frameWidth(report: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => report(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
