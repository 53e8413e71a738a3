//! The document writers: the filled document ([`crate::core::interview::document::Filled`]) as a Word
//! file and as a PDF. They only set text that is already filled; nothing here reads answers.

pub mod docx;
pub mod pdf;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod identity;
