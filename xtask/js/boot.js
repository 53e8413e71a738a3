// The head of the boot module (`boot-<hash>.js`): `cargo xtask build` (xtask/src/offline.rs) puts
// Trunk's loader after it, which starts the wasm. Nothing in it varies per build.
//
// The service worker (sw.js) is registered only once the page is idle (after `load` and the app's
// start, then an idle moment or at most 5 s), so that nothing it fetches competes with the first
// page. Then:
// - it is told to keep what this page opened (the page and the files it fetched, from the HTTP cache
//   where they are) and the site's page shell (what it serves for a page never fetched, offline);
// - unless the browser asks to save data (`navigator.connection.saveData`), it is told to keep the
//   whole app and the reader's language pack as well, in the background.
// The footer's "keep everything for offline use" button (shown in save-data mode, see start.js) sends
// `zanger-keep-everything`; this script has the worker keep the app, the reader's pack and the PDF
// font, and answers `zanger-kept` or `zanger-keep-failed`. When a new release takes over an already
// controlled page, the app is told (`zanger-update-ready`) and offers a reload.

// The app fetches its language pack from next to this script, wherever the page embedding it is.
window.zangerBase = new URL('./', import.meta.url).href;
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const workers = navigator.serviceWorker;
  // The first worker to take control is this release's own (a first visit); any later change of
  // worker while the page is open is a new release.
  let controlled = !!workers.controller;
  workers.addEventListener('controllerchange', () => {
    if (controlled) dispatchEvent(new CustomEvent('zanger-update-ready'));
    controlled = true;
  });
  let registered = null;
  const register = () => registered || (registered = workers.register(new URL('./sw.js', import.meta.url)).then(() => workers.ready));
  // Sends `message` to the active worker and resolves once it has kept what was asked.
  const ask = (message) => register().then((registration) => new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => (event.data && event.data.kept ? resolve() : reject(new Error('not kept')));
    registration.active.postMessage(message, [channel.port2]);
  }));
  // This page as fetched (before the start script moved the URL) and the files of this origin it
  // fetched; the worker keeps those of the site (its pages and the build's files) and ignores the rest.
  const opened = () => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const urls = [navigation ? navigation.name : location.href, new URL('./index.html', import.meta.url).href];
    for (const entry of performance.getEntriesByType('resource')) {
      if (new URL(entry.name).origin === location.origin) urls.push(entry.name);
    }
    return urls;
  };
  const lang = () => window.zangerLang || document.documentElement.lang;
  const saveData = !!(navigator.connection && navigator.connection.saveData);
  // After the page's `load` and the app's start (Trunk's loader, below, says when: on a prerendered
  // page the wasm comes after `load`), at the next idle moment (at most 5 s later). An app that does
  // not start (no wasm) waits 20 s after `load`.
  const loaded = new Promise((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', resolve, { once: true })));
  const started = new Promise((resolve) => addEventListener('TrunkApplicationStarted', resolve, { once: true }));
  const whenIdle = (then) => {
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(then, { timeout: 5000 }) : setTimeout(then, 2000));
    loaded.then(() => Promise.race([started, new Promise((resolve) => setTimeout(resolve, 20000))])).then(idle);
  };
  whenIdle(() => {
    ask({ zangerKeep: opened() })
      .then(() => (saveData ? null : ask({ zangerPrecache: lang() })))
      .catch(() => {});
  });
  addEventListener('zanger-keep-everything', () => {
    ask({ zangerKeep: opened() })
      .then(() => ask({ zangerPrecache: lang(), font: true }))
      .then(() => dispatchEvent(new CustomEvent('zanger-kept')), () => dispatchEvent(new CustomEvent('zanger-keep-failed')));
  });
}
// Inside an iframe, tell the host page how tall the portal is so it can size the frame (only a
// number crosses: no user data).
if (window.parent !== window && 'ResizeObserver' in window) {
  const report = () => window.parent.postMessage({ type: 'zanger:height', height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
}
