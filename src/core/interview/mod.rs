//! The interview engine: questionnaires as data, answers, conditions, navigation and exits.
//! Pure Rust, no browser types; the UI only renders pages and passes answers in.

pub mod answers;
#[cfg(test)] mod alimony_arrears;
#[cfg(test)] mod alimony_change;
#[cfg(test)] mod bailiff_complaint;
#[cfg(test)] mod calc_words;
pub mod birth;
pub mod carry;
#[cfg(test)] mod cassation;
#[cfg(test)]
mod claim_prices;
#[cfg(test)] mod counterclaim;
#[cfg(test)]
mod deadlines;
#[cfg(test)]
mod deferral;
#[cfg(test)]
mod defense_deadlines;
#[cfg(test)]
mod fine_deadlines;
pub mod computed;
pub mod dates;
pub use zanger_model::decimal;
pub mod document;
pub mod engine;
#[cfg(test)] mod exit_routes;
pub use zanger_model::expr;
pub mod filing_check;
#[cfg(test)]
mod flow;
pub mod form;
pub mod input;
#[cfg(test)] mod loan_demand;
#[cfg(test)] mod loan_receipt;
pub use zanger_model::migrate;
pub mod model;
pub mod next;
#[cfg(test)] mod paternity;
#[cfg(test)] mod inheritance_restore;
pub use zanger_model::placeholder;
pub mod session;
#[cfg(test)] mod costs_application;
#[cfg(test)] mod postpone_motion;
#[cfg(test)] mod writ_application;
#[cfg(test)] mod reinstatement;
#[cfg(test)] mod power_attorney;
#[cfg(test)] mod moral_damage;
#[cfg(test)] mod sums_in_words;
#[cfg(test)]
mod private_appeal;
#[cfg(test)]
mod punctuation;
#[cfg(test)]
mod response_deadlines;
#[cfg(test)] mod settlement;

pub use answers::{Answer, Answers};
pub use engine::{Interview, Walked};
pub use session::Session;
