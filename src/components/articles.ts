import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** All articles in reading order; two articles claiming the same `order` fail the build, naming both. */
export async function articlesInOrder(): Promise<Article[]> {
  const articles = (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order);
  articles.forEach((article, i) => {
    const previous = articles[i - 1];
    if (previous && previous.data.order === article.data.order) {
      throw new Error(
        `articles: "${previous.id}" and "${article.id}" both have order ${article.data.order}; give each article its own place in the reading order`,
      );
    }
  });
  return articles;
}
