import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One MDX article per concept; `order` is the reading order, unique across articles. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(20).max(200),
    order: z.number().int().positive(),
    /** Short line for the reading path on the home page. */
    summary: z.string().min(1),
    references: z.array(z.object({ text: z.string().min(1), url: z.url().optional() })).default([]),
  }),
});

export const collections = { articles };
