//! Zanger: an offline-first legal self-help portal for Kazakhstan.
//!
//! [`core`] is pure Rust with no browser types (content, figures, routing, UI strings) and is tested
//! natively with `cargo test`. [`ui`] is a thin Leptos layer over it, compiled only for the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
