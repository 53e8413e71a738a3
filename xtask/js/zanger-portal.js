// <zanger-portal lang="kk" topic="family.alimony"></zanger-portal>: the Zanger portal in a shadow root
// (the host's CSS cannot reach it, its CSS cannot leak out) with navigation in memory (the host's URL
// and title are never touched). Files are found next to this script. `cargo xtask build`
// (xtask/src/offline.rs) writes BUILD below: this build's wasm-bindgen glue, wasm and stylesheet.
/** @type {{ glue: string, wasm: string, css: string }} */
const BUILD = /*zanger:build*/null;
const base = new URL('./', import.meta.url).href;
window.zangerBase = window.zangerBase || base;
window.zangerEmbedded = true;
let app;
const load = () => app || (app = import(base + BUILD.glue).then(async (m) => {
  await m.default({ module_or_path: base + BUILD.wasm });
  return m;
}));
class ZangerPortal extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + BUILD.css;
    const mount = document.createElement('div');
    root.append(style, mount);
    load().then((m) => m.mount_portal(mount, this.getAttribute('lang'), this.getAttribute('topic')));
  }
}
if (!customElements.get('zanger-portal')) customElements.define('zanger-portal', ZangerPortal);
