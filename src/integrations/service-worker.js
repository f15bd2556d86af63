// The site's service worker, copied to <base>sw.js by the build with the list of files to keep (FILES, paths
// relative to its scope) and a VERSION that changes whenever one of them does. Once a page has been loaded, every
// page, island, the training worker, the model's weights and the whole search index are answered from the cache,
// so the site keeps working with the network gone. Pages are asked from the network first (a new deployment shows
// at once) and fall back to the cache; everything else has a content hash in its name and comes from the cache.
const PREFIX = 'self-attention-visually-';
const CACHE = PREFIX + VERSION;
const scope = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    // ?sentence=… and ?q=… are read by the page's scripts: any query string is the same page.
    const cached =
      (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ??
      (await cache.match(new URL('404.html', scope).href));
    if (cached) return cached;
    throw error;
  }
}

async function file(request) {
  // Pagefind asks for its entry file with ?ts=… to dodge HTTP caches, and a module script's request has an Origin
  // header that a server's Vary: Origin would set apart: the cached copy is the same file either way.
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});
