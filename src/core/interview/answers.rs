//! What a person answered, kept exactly as validated values.

use std::collections::BTreeMap;

use super::expr::Operand;
use crate::core::date::Date;

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Text(String),
    Number(f64),
    /// Tiyn (1/100 tenge).
    Money(i64),
    Date(Date),
    Bool(bool),
    Choice(String),
    Choices(Vec<String>),
    /// One map per item of a repeatable group.
    Group(Vec<Answers>),
}

pub type Answers = BTreeMap<String, Answer>;

impl Answer {
    /// How a condition sees the answer: money in tenge, a date as `YYYY-MM-DD` (so it compares in
    /// order), a group as its number of items, several choices as their count.
    pub fn operand(&self) -> Operand {
        match self {
            Answer::Text(t) => Operand::Str(t.trim().to_string()),
            Answer::Number(n) => Operand::Num(*n),
            Answer::Money(t) => Operand::Num(*t as f64 / 100.0),
            Answer::Date(d) => Operand::Str(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
            Answer::Bool(b) => Operand::Bool(*b),
            Answer::Choice(c) => Operand::Str(c.clone()),
            Answer::Choices(c) => Operand::Num(c.len() as f64),
            Answer::Group(items) => Operand::Num(items.len() as f64),
        }
    }

    /// Whether the person actually said something (an empty text or group is no answer).
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Text(t) => !t.trim().is_empty(),
            Answer::Choices(c) => !c.is_empty(),
            Answer::Group(items) => !items.is_empty(),
            _ => true,
        }
    }
}
