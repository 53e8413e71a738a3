// The single-file edition (`cargo xtask bundle`, xtask/src/bundle.rs), first of its two scripts: the
// language packs and the PDF font as data: URLs, which the app fetches instead of files next to it. A
// classic script, so it has run before the start script reads `window.zangerPackUrls`.
{
  /** @type {{ urls: Object<string, string> }} */
  const BUILD = /*zanger:build*/null;
  window.zangerPackUrls = BUILD.urls;
}
