//! Zanger: an offline-first legal self-help portal for Kazakhstan.
//!
//! [`core`] is pure Rust with no browser types (content, figures, routing, UI strings) and is tested
//! natively with `cargo test`. [`ui`] is a thin Leptos layer over it: live in the browser, and rendered natively at build time into
//! the static pages every URL serves (`ui::prerender`).

// Leptos views are nested types: the triage page's form goes past the default limit of 128.
#![recursion_limit = "256"]

pub mod core;

pub mod ui;
