// The start script (`start-<hash>.js`), a classic script run while the page is parsed, before the
// first paint. `cargo xtask build` (xtask/src/offline.rs) writes BUILD below: this build's language
// packs, Trunk's preload of the wasm, and the language table of the Rust `Lang` type.
// - On a page of the site prerendered at build time (`xtask/src/pages.rs`), that page is already
//   shown: the script only starts the downloads, after it is painted.
// - Else it picks the reader's language as the app will (the URL's hash or the site's folder, else the
//   language chosen before, else the browser's languages, else the fallback: `Lang::negotiate`); at
//   the site's root it moves the URL to that language's folder (`kk/`).
// - On the home page, with no draft waiting to be listed, it shows that language's prerendered home
//   page in place of the loading line, so a slow connection shows the page before the wasm arrives
//   (the app replaces it with the same live page and keeps anything typed into its search box).
// - It starts fetching the wasm and that language's pack (the app takes the bytes from
//   `window.zangerEarlyPack` instead of fetching them after it starts): at once for any other page,
//   which needs them to show anything (Trunk's preload link goes back into the page), but after the
//   home page is painted when the prerendered one is shown, so that the HTML, CSS and this script have
//   a slow line to themselves (`window.zangerAfterPaint` holds the boot script back until then).
// - It notes what it showed in `#zanger[data-boot]` (`page`, `home` or `loading`), and, when the
//   browser asks to save data, that the reader may ask to keep everything for offline use
//   (`#zanger[data-offline-ask]`, which shows the footer's button; see boot.js).
(() => {
  /** @type {{ packs: Object<string, string>, preload: ?string, languages: { codes: string[], subtags: Object<string, string>, fallback: string } }} */
  const BUILD = /*zanger:build*/null;
  const files = BUILD.packs;
  const langs = BUILD.languages.codes;
  const subtags = new Map(Object.entries(BUILD.languages.subtags));
  // `Lang::from_code`: the primary subtag, in any case, with or without a region ("ru-KZ", "KK_kz").
  const known = (code) => subtags.get(String(code || '').split(/[-_]/)[0].trim().toLowerCase()) || null;
  // The page's own links to the build's files are relative to its folder; the app moves the URL to other
  // folders (History API), and a browser fetches the icon again from the new URL: fix them now.
  for (const link of document.querySelectorAll('link[rel~="icon"], link[rel="manifest"]')) link.setAttribute('href', link.href);
  const zanger = document.getElementById('zanger');
  const boot = document.querySelector('#zanger > .zg-boot');
  // The site (real URLs, `data-paths`): a page prerendered at build time is already in the boot element.
  const site = !!(zanger && zanger.hasAttribute('data-paths'));
  const prerendered = site && !!boot && boot.classList.contains('zg-boot-home');
  const hashPath = location.hash.replace(/^#/, '').replace(/^\/+/, '').split(/[?#]/)[0].split('/').filter((p) => p);
  // On the site the page is named by its folder (`…/ru/` or `…/ru/guide/<id>/`), unless an old `#/…` link names it.
  const folders = location.pathname.split('/').slice(0, -1).filter((p) => p);
  const n = folders.length;
  const sitePath = n && langs.includes(folders[n - 1]) ? [folders[n - 1]]
    : n >= 2 && langs.includes(folders[n - 2]) && folders[n - 1] === 'received' ? folders.slice(n - 2)
    : n >= 3 && langs.includes(folders[n - 3]) && ['topic', 'guide', 'form'].includes(folders[n - 2]) ? folders.slice(n - 3) : [];
  const path = site && !location.hash.startsWith('#/') ? sitePath : hashPath;
  let stored = null;
  let drafts = false;
  try {
    stored = localStorage.getItem('zanger.lang');
    for (let i = 0; i < localStorage.length; i++) drafts = drafts || (localStorage.key(i) || '').startsWith('zanger.draft.');
  } catch (e) {}
  const named = prerendered ? document.documentElement.lang : langs.includes(path[0]) ? path[0] : null;
  const lang = named || known(stored) || [...(navigator.languages || []), navigator.language].map(known).find((l) => l) || BUILD.languages.fallback;
  const base = new URL('./', document.currentScript.src || location.href).href;
  window.zangerBase = window.zangerBase || base;
  // The language the boot script asks the service worker to keep the pack of.
  window.zangerLang = lang;
  const fetchPack = () => {
    if (files[lang] && !window.zangerPackUrls) {
      window.zangerEarlyPack = { lang, bytes: fetch(base + files[lang]).then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null) };
    }
  };
  const home = path.length === 0 || (path.length === 1 && named);
  const page = document.querySelector('template[data-zg-home="' + lang + '"]');
  const shown = prerendered || !!(home && !drafts && boot && page);
  if (shown && !prerendered) {
    // The site's root moves to the language's folder first: the home page's links are relative to it.
    if (site && path.length === 0 && !location.hash) history.replaceState(null, '', lang + '/');
    boot.replaceChildren(page.content.cloneNode(true));
    boot.classList.add('zg-boot-home');
  }
  // The single-file edition (`cargo xtask bundle`) has its files inside the page: nothing to fetch.
  const preload = window.zangerPackUrls ? null : BUILD.preload;
  if (zanger) zanger.dataset.boot = prerendered ? 'page' : shown ? 'home' : 'loading';
  // Set before the first paint, so the button is there (or not) from the start, prerendered or live.
  const worker = 'serviceWorker' in navigator && location.protocol !== 'file:' && !window.zangerPackUrls;
  if (zanger && worker && navigator.connection && navigator.connection.saveData) zanger.dataset.offlineAsk = '';
  if (shown) {
    // The boot script's own fetch of the wasm starts then (no preload link: the page's load event
    // does not wait for the wasm).
    window.zangerAfterPaint = new Promise((resolve) => {
      let done = false;
      const go = () => { if (!done) { done = true; fetchPack(); resolve(); } };
      // Once the home page's largest text is on the screen (an earlier paint may be the loading line).
      const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      if (types.includes('largest-contentful-paint')) {
        new PerformanceObserver((list) => {
          if (list.getEntries().some((e) => e.element && boot.contains(e.element))) setTimeout(go, 0);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      } else {
        requestAnimationFrame(() => setTimeout(go, 0));
      }
      setTimeout(go, 1000); // a background tab paints nothing
    });
  } else {
    // The build's files sit at the site's base, next to this script, whatever the page's folder.
    if (preload) document.head.insertAdjacentHTML('beforeend', preload.replace('href="./', 'href="' + base));
    fetchPack();
  }
})();
