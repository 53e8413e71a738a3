//! A small static file server for `dist/` (std only): right MIME types (wasm must be application/wasm
//! for streaming compilation), no directory listing, no path traversal, loopback only.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;

/// The strict policy a host like sud.gov.kz may impose; the app is served under it everywhere (dev
/// server, tests), so any inline script or style, or any other origin, fails loudly in the console.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

/// The request that makes a test server stop answering, as if the network were cut.
pub const CUT_PATH: &str = "/__zanger_test/cut-network";
/// The request after which a test server serves a `sw.js` with another cache name, as a new release.
pub const RELEASE_PATH: &str = "/__zanger_test/new-release";

/// The request after which a test server holds back every `.wasm` until [`LET_APP_GO_PATH`], so a
/// test can use the page before the app starts.
pub const HOLD_APP_PATH: &str = "/__zanger_test/hold-app";
pub const LET_APP_GO_PATH: &str = "/__zanger_test/let-app-go";

/// What a test makes of a test server (`start_cuttable`).
#[derive(Default)]
struct TestControls {
    cut: AtomicBool,
    released: AtomicBool,
    held: AtomicBool,
}

pub struct Server {
    port: u16,
    thread: JoinHandle<()>,
}

/// Where a server serves `root`: at the origin's root, or under a base path such as `/portal/`.
type Base = &'static str;

impl Server {
    /// Serves `root` on 127.0.0.1:`port` (0 picks a free port) in a background thread.
    pub fn start(root: PathBuf, port: u16) -> Result<Server, String> {
        Server::start_with(root, port, false, "/")
    }

    /// Serves `root` under the base path `base` (e.g. `/portal/`): a site deployed below another
    /// site's root. Anything outside `base` is not found.
    pub fn start_under(root: PathBuf, base: Base) -> Result<Server, String> {
        Server::start_with(root, 0, false, base)
    }

    /// A server for offline and update tests: a GET of [`CUT_PATH`] makes it drop every later
    /// connection unanswered, which a browser sees as no network (chromedriver's network emulation does
    /// not reach service workers, so it cannot prove offline use); a GET of [`RELEASE_PATH`] makes it
    /// serve a `sw.js` with another cache name, which the browser takes for a new release.
    pub fn start_cuttable(root: PathBuf) -> Result<Server, String> {
        Server::start_with(root, 0, true, "/")
    }

    fn start_with(root: PathBuf, port: u16, cuttable: bool, base: Base) -> Result<Server, String> {
        let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let controls = Arc::new(TestControls::default());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if controls.cut.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let root = root.clone();
                let controls = controls.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &root, base, cuttable.then_some(&*controls));
                });
            }
        });
        Ok(Server { port, thread })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn join(self) {
        let _ = self.thread.join();
    }
}

fn handle(mut stream: TcpStream, root: &Path, base: Base, test: Option<&TestControls>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; the server needs none of them.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if let (Some(test), true) = (test, target == CUT_PATH) {
        test.cut.store(true, Ordering::SeqCst);
        return respond(&mut stream, "200 OK", "text/plain", b"network cut", false);
    }
    if let (Some(test), true) = (test, target == RELEASE_PATH) {
        test.released.store(true, Ordering::SeqCst);
        return respond(&mut stream, "200 OK", "text/plain", b"new release", false);
    }
    if let (Some(test), true) = (test, target == HOLD_APP_PATH || target == LET_APP_GO_PATH) {
        test.held.store(target == HOLD_APP_PATH, Ordering::SeqCst);
        return respond(&mut stream, "200 OK", "text/plain", target.as_bytes(), false);
    }
    if let Some(test) = test.filter(|_| target.split(['?', '#']).next().is_some_and(|p| p.ends_with(".wasm"))) {
        // Held for at most a minute, so a test that forgets to let go still ends.
        for _ in 0..1200 {
            if !test.held.load(Ordering::SeqCst) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, "405 Method Not Allowed", "text/plain", b"method not allowed", method == "HEAD");
    }
    let under_base = target.strip_prefix(base.trim_end_matches('/')).filter(|rest| rest.starts_with('/'));
    match under_base.and_then(|rest| resolve(root, rest)) {
        Some(path) => match std::fs::read(&path) {
            Ok(mut body) => {
                if test.is_some_and(|t| t.released.load(Ordering::SeqCst)) && path.file_name().is_some_and(|n| n == "sw.js") {
                    // Another release: another cache name, as a real new build would have.
                    body = String::from_utf8_lossy(&body).replacen("\"cache\": \"zanger-", "\"cache\": \"zanger-next-", 1).into_bytes();
                }
                respond(&mut stream, "200 OK", mime(&path), &body, method == "HEAD")
            }
            Err(_) => respond(&mut stream, "404 Not Found", "text/plain", b"not found", method == "HEAD"),
        },
        None => respond(&mut stream, "404 Not Found", "text/plain", b"not found", method == "HEAD"),
    }
}

/// Maps a request target to a file under `root`; `None` for anything outside it.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(path)?;
    let relative = Path::new(path.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let full = root.join(relative);
    let full = if full.is_dir() { full.join("index.html") } else { full };
    full.is_file().then_some(full)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8], head: bool) -> std::io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: {CSP}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn get(port: u16, target: &str) -> String {
        // A cut server resets the connection: that reads as no answer at all.
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let _ = write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\n\r\n");
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    }

    #[test]
    fn serves_files_with_types_and_refuses_traversal() {
        let dir = std::env::temp_dir().join(format!("zanger-server-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        std::fs::write(dir.join("app.wasm"), [0u8, 97, 115, 109]).unwrap();
        let server = Server::start(dir, 0).unwrap();
        let port = server.port();
        let index = get(port, "/");
        assert!(index.starts_with("HTTP/1.1 200 OK") && index.contains("text/html") && index.ends_with("<p>hi</p>"));
        assert!(index.contains("Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"));
        assert!(get(port, "/app.wasm?x=1").contains("Content-Type: application/wasm"));
        assert!(get(port, "/../Cargo.toml").starts_with("HTTP/1.1 404"));
        assert!(get(port, "/%2e%2e/Cargo.toml").starts_with("HTTP/1.1 404"));
        assert!(get(port, "/missing.js").starts_with("HTTP/1.1 404"));
        assert!(get(port, CUT_PATH).starts_with("HTTP/1.1 404"), "only a cuttable server can be cut");
    }

    #[test]
    fn a_server_under_a_base_path_serves_only_below_it() {
        let dir = std::env::temp_dir().join(format!("zanger-server-base-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("ru")).unwrap();
        std::fs::write(dir.join("ru/index.html"), "<p>ru</p>").unwrap();
        let server = Server::start_under(dir.clone(), "/portal/").unwrap();
        let port = server.port();
        assert!(get(port, "/portal/ru/").starts_with("HTTP/1.1 200"));
        assert!(get(port, "/ru/").starts_with("HTTP/1.1 404"), "nothing outside the base");
        assert!(get(port, "/portalru/").starts_with("HTTP/1.1 404"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_cuttable_server_stops_answering_once_cut() {
        let dir = std::env::temp_dir().join(format!("zanger-server-cut-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        let server = Server::start_cuttable(dir).unwrap();
        let port = server.port();
        assert!(get(port, "/").starts_with("HTTP/1.1 200"));
        assert!(get(port, CUT_PATH).starts_with("HTTP/1.1 200"));
        assert_eq!(get(port, "/"), "", "no answer after the cut");
    }

    #[test]
    fn a_test_server_can_be_told_to_serve_a_new_release() {
        let dir = std::env::temp_dir().join(format!("zanger-server-release-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("sw.js"), "const BUILD = {\n  \"cache\": \"zanger-abc\"\n};\n").unwrap();
        let server = Server::start_cuttable(dir.clone()).unwrap();
        let port = server.port();
        assert!(get(port, "/sw.js").contains("\"zanger-abc\""));
        assert!(get(port, RELEASE_PATH).starts_with("HTTP/1.1 200"));
        assert!(get(port, "/sw.js").contains("\"zanger-next-abc\""));
        assert_eq!(std::fs::read_to_string(dir.join("sw.js")).unwrap(), "const BUILD = {\n  \"cache\": \"zanger-abc\"\n};\n", "dist/ is left alone");
    }

    #[test]
    fn a_test_server_can_hold_the_wasm_back_until_told() {
        let dir = std::env::temp_dir().join(format!("zanger-server-hold-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app.wasm"), [0u8, 97, 115, 109]).unwrap();
        let server = Server::start_cuttable(dir).unwrap();
        let port = server.port();
        assert!(get(port, HOLD_APP_PATH).starts_with("HTTP/1.1 200"));
        let (sent, answered) = std::sync::mpsc::channel();
        std::thread::spawn(move || sent.send(get(port, "/app.wasm")).unwrap());
        assert!(answered.recv_timeout(std::time::Duration::from_millis(400)).is_err(), "held back");
        assert!(get(port, LET_APP_GO_PATH).starts_with("HTTP/1.1 200"));
        assert!(answered.recv_timeout(std::time::Duration::from_secs(5)).unwrap().contains("application/wasm"));
    }
}
