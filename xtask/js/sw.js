// The service worker (`sw.js`). `cargo xtask build` (xtask/src/offline.rs) writes BUILD below: the
// cache's name (after a hash of the build), the app's files and the files fetched only when needed
// (one content pack per language, the PDF font). Names are relative to this worker: the site may live
// under any base path, and so does its worker (its scope is its folder).
//
// Nothing is precached when the worker installs on a first visit: the page (boot.js), once idle, asks
// it to keep what it opened and, unless the browser asks to save data, the whole app and the reader's
// language pack. Whatever the reader opens later (the build's files, the site's pages) is kept as it
// is fetched. A new release keeps its own version of what the one before it kept.

/** @type {{ cache: string, files: string[], onDemand: string[] }} */
const BUILD = /*zanger:build*/null;
const CACHE = BUILD.cache;
const here = (name) => new URL(name, self.location).pathname;
const FILES = BUILD.files.map(here);
const ON_DEMAND = BUILD.onDemand.map(here);
const BASE = here('./');
// The site's root page: served for any page of the site never fetched (offline); the app then shows
// the page the URL names.
const SHELL = here('./index.html');

// A file stands for its kind across releases: its name without the build's hash
// (`/content-ru-3b97….bin` is `/content-ru.bin`, `/zanger-db4f…_bg.wasm` is `/zanger_bg.wasm`).
const kind = (path) => path.replace(/-[0-9a-f]{8,}(?=(_bg)?\.[a-z0-9]+$)/, '');
// Hashed names never change content: they may come from the HTTP cache, whatever its age (nothing
// is downloaded twice). Anything else is asked for as usual.
const immutable = (path) => kind(path) !== path;
const isFile = (path) => FILES.includes(path) || ON_DEMAND.includes(path);
// The site's pages are folders (`…/ru/guide/family.alimony/`) under the worker's own.
const isPage = (path) => path.startsWith(BASE) && path.endsWith('/');
const packOf = (lang) => ON_DEMAND.find((path) => kind(path) === BASE + 'content-' + lang + '.bin');
const FONT = ON_DEMAND.filter((path) => path.endsWith('.ttf'));

// Keeps `paths` not kept yet; rejects if any could not be fetched (after trying them all).
async function keep(paths) {
  const cache = await caches.open(CACHE);
  const failed = [];
  await Promise.all([...new Set(paths)].map(async (path) => {
    if (await cache.match(path)) return;
    try {
      const response = await fetch(new Request(path, { cache: immutable(path) ? 'force-cache' : 'default' }));
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      await cache.put(path, response);
    } catch (error) {
      failed.push(path);
    }
  }));
  if (failed.length) throw new Error('not kept: ' + failed.join(', '));
}

// What an earlier release kept, in this release's names: its files by kind, its pages as they are.
async function keptBefore() {
  const kinds = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith('zanger-') || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) kinds.add(kind(new URL(request.url).pathname));
  }
  const files = [...FILES, ...ON_DEMAND].filter((path) => kinds.has(kind(path)));
  const pages = [...kinds].filter((path) => isPage(path));
  return { files, pages };
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    keptBefore()
      .then(async ({ files, pages }) => {
        // The app's files must all come, or this release waits for a better moment; a page may be gone.
        await keep(files);
        await keep(pages).catch(() => {});
      })
      .then(() => self.skipWaiting())
  );
});

// The page asks (boot.js, content_loader.rs): `zangerKeep`, a URL or a list of URLs it opened (kept
// when they are the site's, as far as they come); `zangerPrecache`, a language: the whole app and that
// language's pack (and the PDF font with `font`), all or an error. The answer goes to the port sent
// along, if any: `{ kept: true | false }`.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  let work = null;
  if (typeof data.zangerKeep === 'string' || Array.isArray(data.zangerKeep)) {
    const paths = [].concat(data.zangerKeep).map((url) => new URL(url, self.location)).filter((url) => url.origin === self.location.origin).map((url) => url.pathname);
    work = keep(paths.filter((path) => isFile(path) || isPage(path) || path === SHELL)).catch(() => {});
  } else if (typeof data.zangerPrecache === 'string') {
    const pack = packOf(data.zangerPrecache);
    work = keep([...FILES, ...(pack ? [pack] : []), ...(data.font ? FONT : [])]);
  }
  if (!work) return;
  const port = event.ports && event.ports[0];
  event.waitUntil(work.then(() => port && port.postMessage({ kept: true }), () => port && port.postMessage({ kept: false })));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('zanger-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// Cache first: what is kept is served from the cache, with no network. Anything else is fetched,
// and kept when it is one of the build's files or a page of the site. A page that cannot be fetched
// (offline) is the site's page shell, whose files are named relative to the site's root.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const navigate = request.mode === 'navigate';
      try {
        const response = await fetch(request);
        if (response.ok && (isFile(url.pathname) || (navigate && isPage(url.pathname)))) await cache.put(url.pathname, response.clone());
        return response;
      } catch (error) {
        const shell = navigate && ((await cache.match(SHELL)) || (await cache.match(BASE)));
        if (!shell) throw error;
        const html = (await shell.text()).replaceAll('="./', '="' + BASE);
        return new Response(html, { status: 200, headers: shell.headers });
      }
    })
  );
});
