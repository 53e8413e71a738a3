//! The document writers: the filled document ([`crate::core::interview::document::Filled`]) as a Word
//! file and as a PDF. They only set text that is already filled; nothing here reads answers.
//!
//! - [`text`]: the plain text both set (a block with its number, the language tag);
//! - [`docx`]: the Word file, a stored zip of three XML parts;
//! - [`pdf`]: the PDF, A4 pages in one embedded TrueType font (`pdf/font.rs`, `layout.rs`, `objects.rs`);
//! - [`ics`]: the reader's dates as a calendar file (not a document: its events come from `interview::dates`).

pub mod docx;
pub mod ics;
pub mod pdf;
pub mod text;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod identity;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod independent_read;
