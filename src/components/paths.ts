/** Site-relative URL under the configured base path: href('why-attention/') → '/attention/why-attention/'. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\//, '');
}

/** The page's own URL for canonical and Open Graph tags; absolute when the site's origin is known. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
