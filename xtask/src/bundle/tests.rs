use super::*;

/// A release `index.html` as Trunk and `offline::apply` leave it.
const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<title>Z</title>\n\
    <link rel=\"stylesheet\" href=\"/standalone-1.css\" integrity=\"sha384-x\"/>\n\
    <link rel=\"stylesheet\" href=\"/main-2.css\" integrity=\"sha384-y\"/>\n\
    <link rel=\"icon\" href=\"/favicon-3.svg\" integrity=\"sha384-z\"/>\n\
    <script type=\"module\" src=\"/boot-4.js\"></script>\n\
    <link rel=\"modulepreload\" href=\"/zanger-5.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/zanger-5_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><link rel=\"manifest\" href=\"/manifest.webmanifest\">\n\
    </head>\n<body><div id=\"zanger\" data-standalone></div></body>\n</html>\n";

const BOOT: &str = "window.zangerBase = new URL('./', import.meta.url).href;\n\
    if ('serviceWorker' in navigator && location.protocol !== 'file:') { navigator.serviceWorker.register('/sw.js'); }\n\
    import init, * as bindings from '/zanger-5.js';\n\
    const wasm = await init({ module_or_path: '/zanger-5_bg.wasm' });\n\
    window.wasmBindings = bindings;\n";

/// The shape of wasm-bindgen's glue, with a `</script>` in a string to escape.
const GLUE: &str = "let wasm;\n\
    export class Sink {\n    free() {}\n}\n\
    export function helper() { return '</script><!-- x'; }\n\
    function initSync(module) { return module; }\n\
    async function __wbg_init(module_or_path) {\n    if (module_or_path === undefined) module_or_path = new URL('zanger_bg.wasm', import.meta.url);\n    return module_or_path;\n}\n\
    export { initSync, __wbg_init as default };\n";

fn fake_dist() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zanger-bundle-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let files: [(&str, &[u8]); 11] = [
        (crate::pages::SHELL, INDEX.as_bytes()),
        ("boot-4.js", BOOT.as_bytes()),
        ("zanger-5.js", GLUE.as_bytes()),
        ("zanger-5_bg.wasm", b"\0asm\x01\0\0\0"),
        ("standalone-1.css", b"html { background: #f6f7f5; }"),
        ("main-2.css", b".zg-app { color: #123; }"),
        ("favicon-3.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ("content-kk-aa.bin", b"kk pack"),
        ("content-ru-bb.bin", b"ru pack"),
        ("content-en-cc.bin", b"en pack"),
        ("zanger-pdf-sans.ttf", b"font"),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    std::fs::write(dir.join("sw.js"), "self.addEventListener('fetch', () => {});").unwrap();
    dir
}

#[test]
fn base64_matches_rfc_4648() {
    let cases: [(&[u8], &str); 7] =
        [(b"", ""), (b"f", "Zg=="), (b"fo", "Zm8="), (b"foo", "Zm9v"), (b"foob", "Zm9vYg=="), (b"fooba", "Zm9vYmE="), (b"foobar", "Zm9vYmFy")];
    for (input, expected) in cases {
        assert_eq!(base64(input), expected);
    }
    assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
}

#[test]
fn the_bundle_is_one_file_with_everything_inlined() {
    let dist = fake_dist();
    let html = bundle(&dist).unwrap();
    let _ = std::fs::remove_dir_all(&dist);

    // Nothing is loaded from a file: no script src, no link but the favicon as a data: URL.
    assert!(!html.contains(" src="), "{html}");
    for (at, _) in html.match_indices(" href=\"") {
        assert!(html[at..].starts_with(" href=\"data:"), "{}", &html[at..at + 40]);
    }
    assert_eq!(html.matches("<link").count(), 1, "only the favicon: {html}");
    assert!(html
        .contains(&format!("<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">", base64(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))));
    assert!(!html.contains("manifest") && !html.contains("modulepreload") && !html.contains("serviceWorker"), "{html}");
    assert!(!html.contains("sw.js") && !html.contains("zangerBase"));

    // The styles, in page order.
    let standalone = html.find("<style>\nhtml { background: #f6f7f5; }\n</style>").expect("standalone.css inlined");
    let main = html.find("<style>\n.zg-app { color: #123; }\n</style>").expect("main.css inlined");
    assert!(standalone < main);

    // The packs and the font as data: URLs, set before the app's module runs.
    for (key, bytes) in [("kk", "kk pack"), ("ru", "ru pack"), ("en", "en pack")] {
        assert!(html.contains(&format!("\"{key}\": \"data:application/octet-stream;base64,{}\"", base64(bytes.as_bytes()))), "{key}");
    }
    assert!(html.contains(&format!("\"font\": \"data:font/ttf;base64,{}\"", base64(b"font"))));
    assert!(html.find("window.zangerPackUrls").unwrap() < html.find("<script type=\"module\">").unwrap());

    // The glue is inline with its exports as local bindings, and init gets the wasm's bytes.
    assert!(!html.contains("export "), "{html}");
    assert!(!html.contains("import init") && !html.contains("zanger-5"), "{html}");
    assert!(html.contains("class Sink {") && html.contains("function helper()"));
    assert!(html.contains("return Object.freeze({ Sink: Sink, helper: helper, initSync: initSync, default: __wbg_init });"), "{html}");
    assert!(html.contains(&format!("\"wasm\": \"{}\"", base64(b"\0asm\x01\0\0\0"))) && html.contains("atob(BUILD.wasm)"));
    assert!(html.contains("await bindings.default({ module_or_path: wasmBytes })"));

    // No inlined text ends its element early: one script closes per script opened.
    assert_eq!(html.matches("</script>").count(), 2, "{html}");
    assert!(html.contains("return '<\\/script><\\x21-- x';"), "{html}");
    assert!(html.contains("<div id=\"zanger\" data-standalone></div>"));

    // Both scripts parse, as written in xtask/js/ and as inlined.
    crate::offline::node_check("bundle-packs.js", PACKS_JS, false);
    crate::offline::node_check("bundle-boot.js", BOOT_JS, true);
    let inline = |open: &str| {
        let at = html.find(open).unwrap() + open.len();
        html[at..at + html[at..].find("\n</script>").unwrap()].to_string()
    };
    crate::offline::node_check("bundle-packs-inlined.js", &inline("<script>\n"), false);
    crate::offline::node_check("bundle-boot-inlined.js", &inline("<script type=\"module\">\n"), true);
}

#[test]
fn an_unknown_glue_shape_is_an_error_not_a_broken_page() {
    assert!(glue_as_expression("export default function init() {}\n").unwrap_err().contains("does not understand"));
    assert!(glue_as_expression("import * as snippet from './snippets/x.js';\nexport { a as default };\n")
        .unwrap_err()
        .contains("imports another module"));
    assert!(glue_as_expression("function initSync() {}\nexport { initSync };\n").unwrap_err().contains("no `default`"));
    let multi_line = glue_as_expression("function a() {}\nexport {\n  a as default,\n  a\n};\n").unwrap();
    assert!(multi_line.contains("return Object.freeze({ default: a, a: a });"), "{multi_line}");
}

#[test]
fn the_loader_names_the_glue_and_the_wasm() {
    assert_eq!(Loader::parse(BOOT).unwrap(), Loader { glue: "zanger-5.js".into(), wasm: "zanger-5_bg.wasm".into() });
    assert!(Loader::parse("import init from 'https://cdn.example/x.js'; await init({ module_or_path: '/x.wasm' });").is_err());
    assert!(Loader::parse("console.log('no loader')").unwrap_err().contains("did Trunk change"));
    let site = "import init, * as bindings from './zanger-6.js';\nconst wasm = await init({ module_or_path: new URL('./zanger-6_bg.wasm', import.meta.url) });";
    assert_eq!(Loader::parse(site).unwrap(), Loader { glue: "zanger-6.js".into(), wasm: "zanger-6_bg.wasm".into() });
}

#[test]
fn a_minified_page_is_read_as_well() {
    // As Trunk writes it with `minify`: attributes unquoted and in any order, the loader inline.
    let html = "<!doctype html><html lang=kk><meta charset=utf-8><title>Z</title>\
        <link href=/standalone-1.css integrity=sha384-a+b/c rel=stylesheet><link href=/main-2.css rel=stylesheet>\
        <link href=/favicon-3.svg rel=icon><script type=module>import init, * as bindings from '/zanger-5.js';\n\
        const wasm = await init({ module_or_path: '/zanger-5_bg.wasm' });</script>\
        <link crossorigin href=/zanger-5.js rel=modulepreload><link as=fetch href=/zanger-5_bg.wasm rel=preload></head>\
        <body><div data-standalone id=zanger></div></body></html>";
    let page = Page::parse(html).unwrap();
    assert_eq!(page.styles, ["standalone-1.css", "main-2.css"]);
    assert_eq!(page.icon.as_deref(), Some("favicon-3.svg"));
    let Boot::Inline(loader) = &page.boot else { panic!("{:?}", page.boot) };
    assert_eq!(Loader::parse(loader).unwrap(), Loader { glue: "zanger-5.js".into(), wasm: "zanger-5_bg.wasm".into() });
    assert_eq!(
        page.skeleton,
        format!("<!doctype html><html lang=kk><meta charset=utf-8><title>Z</title>{STYLES}{ICON}{SCRIPT}</head><body><div data-standalone id=zanger></div></body></html>")
    );
    assert!(check_no_file_references("<link href=/x.css rel=stylesheet>").is_err());
    assert!(check_no_file_references("<img src='a.png'>").is_err());
    assert!(check_no_file_references("<a href=#/ru>x</a><link rel=icon href=data:image/svg+xml;base64,AA==>").is_ok());
    let glue = glue_as_expression("function a() {}\nexport{a as default};\n").unwrap();
    assert!(glue.contains("return Object.freeze({ default: a });"), "{glue}");
    assert!(glue_as_expression("function a(){};export{a as default};\n").unwrap_err().contains("minified"));
}

#[test]
fn a_page_with_an_unexpected_script_or_link_is_an_error() {
    assert!(Page::parse("<head><link rel=\"stylesheet\" href=\"/a.css\"><script src=\"/x.js\"></script></head>").is_err());
    assert!(Page::parse("<head><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"alternate\" href=\"/b\"></head>").is_err());
    assert!(Page::parse("<head><link rel=\"stylesheet\" href=\"/a.css\"></head>").unwrap_err().contains("no boot module"));
    assert!(escape_for_element("a </STYLE> b", "style") == "a <\\/STYLE> b");
}
