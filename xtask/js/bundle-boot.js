// The single-file edition (`cargo xtask bundle`, xtask/src/bundle.rs), second of its two scripts, a
// module in place of the site's boot script: the wasm-bindgen glue inlined (its code, evaluating to
// its exports), then the wasm decoded from base64 and handed to the glue's `init` as bytes.
/** @type {{ wasm: string }} */
const BUILD = /*zanger:build*/null;
// The glue, as an expression: `(() => { …; return Object.freeze({ default: init, … }); })()`.
const bindings = /*zanger:glue*/null;
const wasmText = atob(BUILD.wasm);
const wasmBytes = new Uint8Array(wasmText.length);
for (let i = 0; i < wasmText.length; i++) wasmBytes[i] = wasmText.charCodeAt(i);
const wasm = await bindings.default({ module_or_path: wasmBytes });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
