//! The browser-free core of Zanger.

pub mod calc;
pub mod content;
pub use zanger_model::date;
pub mod figure_expiry;
pub mod figures;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod glossary;
pub mod i18n;
pub mod interview;
pub mod json;
pub mod lang;
pub mod page_meta;
pub mod route;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod robustness;
pub mod search;
pub mod triage;
pub mod unicode_fold;
pub mod writers;
