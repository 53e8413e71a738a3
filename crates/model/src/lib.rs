//! The languages the app and the content compiler must read the same way: dates, decimal numbers,
//! conditions and expressions, template placeholders, and draft migrations. Std only, so that the
//! compiler (a build dependency) and the app (in wasm) use one copy, not two kept equal by hand.

pub mod date;
pub mod decimal;
pub mod expr;
pub mod figure_form;
pub mod migrate;
pub mod placeholder;
