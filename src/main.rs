//! Entry point of the browser app (built by Trunk). Natively it only explains how to run the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    zanger::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Zanger runs in the browser: use `cargo xtask serve`.");
}
