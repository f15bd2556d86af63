/**
 * client:seen — client:visible, except that the island hydrates in a task of its own. Astro's client:visible
 * hydrates in the task that finishes loading the island's modules, so their evaluation (the model's weights
 * decoded, the default sentence resolved) and the whole hydration made one long task; on a slow phone that one task
 * blocked input for 150 ms on the weighted-sum page. Yielding between the two splits it, and each island that comes
 * into view hydrates apart from the others.
 */
import type { ClientDirective } from 'astro';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const seenDirective: ClientDirective = (load, _options, island) => {
  const observer = new IntersectionObserver(async (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    const hydrate = await load();
    await nextTask();
    await hydrate();
  });
  for (const child of island.children) observer.observe(child);
};

export default seenDirective;
