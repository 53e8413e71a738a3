//! The condition language of questionnaires (`show_if`, exits, template blocks):
//!
//! ```text
//! has_children and children >= 1
//! income_kind == "irregular" or not employed
//! court_route != "order"
//! ```
//!
//! Operators: `and`, `or`, `not`, `==`, `!=`, `<`, `<=`, `>`, `>=`, arithmetic `+ - * /` (numbers and
//! money, for computed values such as `loan_amount - amount_repaid`), parentheses. Operands: answer ids
//! (`plaintiff_city`, dotted for computed values: `calc.children_count`), numbers, "strings", `true`,
//! `false`. A bare id is true when the answer is `true`, a non-empty text or choice, or a number ≠ 0.
//!
//! The same parser runs in `build.rs` (every condition is parsed and its ids checked before the app is
//! built) and in the app; it depends only on `decimal` and `date`, which both places include too.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Id(String),
    Num(f64),
    Str(String),
    Bool(bool),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(Box<Expr>, Op, Box<Expr>),
    Arith(Box<Expr>, ArithOp, Box<Expr>),
}

/// `+ - * /`: arithmetic on numbers; anything else (a missing answer, a text, division by zero) gives
/// no value, so a comparison with it does not hold and a computed value is not computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A value a condition can look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Missing,
    Bool(bool),
    Num(f64),
    Str(String),
}

impl Operand {
    fn truthy(&self) -> bool {
        match self {
            Operand::Missing => false,
            Operand::Bool(b) => *b,
            Operand::Num(n) => *n != 0.0,
            Operand::Str(s) => !s.is_empty(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// Char offset in the condition.
    pub at: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.message, self.at + 1)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Id(String),
    Num(f64),
    Str(String),
    Op(Op),
    Arith(ArithOp),
    And,
    Or,
    Not,
    Open,
    Close,
}

fn tokenize(text: &str) -> Result<Vec<(usize, Token)>, ParseError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |at: usize, message: &str| ParseError { at, message: message.to_string() };
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        match c {
            ' ' | '\t' | '\n' => {
                i += 1;
                continue;
            }
            '(' => {
                out.push((start, Token::Open));
                i += 1;
            }
            ')' => {
                out.push((start, Token::Close));
                i += 1;
            }
            '=' | '!' | '<' | '>' => {
                let next = chars.get(i + 1).copied();
                let (op, len) = match (c, next) {
                    ('=', Some('=')) => (Op::Eq, 2),
                    ('!', Some('=')) => (Op::Ne, 2),
                    ('<', Some('=')) => (Op::Le, 2),
                    ('>', Some('=')) => (Op::Ge, 2),
                    ('<', _) => (Op::Lt, 1),
                    ('>', _) => (Op::Gt, 1),
                    _ => return Err(err(start, "expected ==, !=, <, <=, > or >=")),
                };
                out.push((start, Token::Op(op)));
                i += len;
            }
            '"' => {
                let end = chars[i + 1..].iter().position(|&c| c == '"').ok_or_else(|| err(start, "unclosed string"))?;
                out.push((start, Token::Str(chars[i + 1..i + 1 + end].iter().collect())));
                i += end + 2;
            }
            // A minus sign right before a digit is a negative number unless it follows a value
            // (`a -1` and `a - 1` both subtract).
            c if c.is_ascii_digit()
                || (c == '-'
                    && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
                    && !matches!(out.last(), Some((_, Token::Id(_) | Token::Num(_) | Token::Str(_) | Token::Close)))) =>
            {
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let n = crate::decimal::parse(&text).ok_or_else(|| err(start, "bad number"))?;
                out.push((start, Token::Num(n)));
            }
            '+' | '-' | '*' | '/' => {
                let op = match c {
                    '+' => ArithOp::Add,
                    '-' => ArithOp::Sub,
                    '*' => ArithOp::Mul,
                    _ => ArithOp::Div,
                };
                out.push((start, Token::Arith(op)));
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                out.push((start, match word.as_str() {
                    "and" => Token::And,
                    "or" => Token::Or,
                    "not" => Token::Not,
                    _ => Token::Id(word),
                }));
            }
            _ => return Err(err(start, &format!("unexpected character `{c}`"))),
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    pos: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.len, |(a, _)| *a)
    }

    fn error(&self, message: &str) -> ParseError {
        ParseError { at: self.at(), message: message.to_string() }
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.and()?;
        while self.peek() == Some(&Token::Or) {
            self.pos += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.not()?;
        while self.peek() == Some(&Token::And) {
            self.pos += 1;
            left = Expr::And(Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ParseError> {
        if self.peek() == Some(&Token::Not) {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ParseError> {
        let left = self.sum()?;
        if let Some(Token::Op(op)) = self.peek().cloned() {
            self.pos += 1;
            let right = self.sum()?;
            return Ok(Expr::Cmp(Box::new(left), op, Box::new(right)));
        }
        Ok(left)
    }

    fn sum(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.product()?;
        while let Some(Token::Arith(op @ (ArithOp::Add | ArithOp::Sub))) = self.peek().cloned() {
            self.pos += 1;
            left = Expr::Arith(Box::new(left), op, Box::new(self.product()?));
        }
        Ok(left)
    }

    fn product(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.operand()?;
        while let Some(Token::Arith(op @ (ArithOp::Mul | ArithOp::Div))) = self.peek().cloned() {
            self.pos += 1;
            left = Expr::Arith(Box::new(left), op, Box::new(self.operand()?));
        }
        Ok(left)
    }

    fn operand(&mut self) -> Result<Expr, ParseError> {
        let token = self.peek().cloned().ok_or_else(|| self.error("expected a value"))?;
        self.pos += 1;
        Ok(match token {
            Token::Id(id) if id == "true" => Expr::Bool(true),
            Token::Id(id) if id == "false" => Expr::Bool(false),
            Token::Id(id) => Expr::Id(id),
            Token::Num(n) => Expr::Num(n),
            Token::Str(s) => Expr::Str(s),
            Token::Open => {
                let inner = self.or()?;
                if self.peek() != Some(&Token::Close) {
                    return Err(self.error("expected `)`"));
                }
                self.pos += 1;
                inner
            }
            _ => {
                self.pos -= 1;
                return Err(self.error("expected a value"));
            }
        })
    }
}

pub fn parse(text: &str) -> Result<Expr, ParseError> {
    let tokens = tokenize(text)?;
    let mut parser = Parser { tokens, pos: 0, len: text.chars().count() };
    if parser.peek().is_none() {
        return Err(parser.error("empty condition"));
    }
    let expr = parser.or()?;
    if parser.peek().is_some() {
        return Err(parser.error("unexpected text after the condition"));
    }
    Ok(expr)
}

impl Expr {
    /// Every id the condition reads, in order of appearance.
    pub fn ids(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_ids(&mut out);
        out
    }

    fn collect_ids<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Id(id) => out.push(id),
            Expr::Not(e) => e.collect_ids(out),
            Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(a, _, b) | Expr::Arith(a, _, b) => {
                a.collect_ids(out);
                b.collect_ids(out);
            }
            Expr::Num(_) | Expr::Str(_) | Expr::Bool(_) => {}
        }
    }

    /// Evaluates with `lookup` giving each id's current value.
    pub fn eval(&self, lookup: &dyn Fn(&str) -> Operand) -> bool {
        self.value(lookup).truthy()
    }

    /// The number this expression computes (`loan_amount - amount_repaid`), `None` when it has none
    /// (an answer is missing or not a number, a division by zero).
    pub fn number(&self, lookup: &dyn Fn(&str) -> Operand) -> Option<f64> {
        match self.value(lookup) {
            Operand::Num(n) if n.is_finite() => Some(n),
            _ => None,
        }
    }

    fn value(&self, lookup: &dyn Fn(&str) -> Operand) -> Operand {
        match self {
            Expr::Id(id) => lookup(id),
            Expr::Num(n) => Operand::Num(*n),
            Expr::Str(s) => Operand::Str(s.clone()),
            Expr::Bool(b) => Operand::Bool(*b),
            Expr::Not(e) => Operand::Bool(!e.eval(lookup)),
            Expr::And(a, b) => Operand::Bool(a.eval(lookup) && b.eval(lookup)),
            Expr::Or(a, b) => Operand::Bool(a.eval(lookup) || b.eval(lookup)),
            Expr::Cmp(a, op, b) => Operand::Bool(compare(&a.value(lookup), *op, &b.value(lookup))),
            Expr::Arith(a, ArithOp::Sub, b) if dates(&a.value(lookup), &b.value(lookup)).is_some() => {
                let (x, y) = dates(&a.value(lookup), &b.value(lookup)).unwrap_or_default();
                Operand::Num((x - y) as f64)
            }
            Expr::Arith(a, op, b) => match (a.value(lookup), b.value(lookup)) {
                (Operand::Num(x), Operand::Num(y)) => {
                    let n = match op {
                        ArithOp::Add => x + y,
                        ArithOp::Sub => x - y,
                        ArithOp::Mul => x * y,
                        ArithOp::Div if y == 0.0 => return Operand::Missing,
                        ArithOp::Div => x / y,
                    };
                    Operand::Num(n)
                }
                _ => Operand::Missing,
            },
        }
    }
}

/// Two dates (`YYYY-MM-DD`, as date answers read), as days since 1970: a date minus a date is the number
/// of days between them (`appeal_last_day - today`).
fn dates(a: &Operand, b: &Operand) -> Option<(i64, i64)> {
    let day = |o: &Operand| match o {
        Operand::Str(s) => iso_days(s),
        _ => None,
    };
    Some((day(a)?, day(b)?))
}

/// The ids a computed value (`[[values]]`) reads: its start date when it is a deadline, else its
/// expression's ids, and its condition's. `today` and figures (`figure.<key>`) are always known, so
/// they are left out. Shared by the
/// engine (when a value becomes known) and the content compiler (the same, checked before the build).
pub fn value_reads(deadline_start: Option<&str>, expr: &str, when: &str) -> Vec<String> {
    let mut out: Vec<String> = match deadline_start {
        Some(start) => vec![start.to_string()],
        None => parse(expr).map(|e| e.ids().into_iter().map(str::to_string).collect()).unwrap_or_default(),
    };
    if let Ok(e) = parse(when) {
        out.extend(e.ids().into_iter().map(str::to_string));
    }
    out.retain(|id| id != "today" && !id.starts_with("figure."));
    out
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` text, if it is a date.
fn iso_days(text: &str) -> Option<i64> {
    crate::date::Date::parse_iso(text).map(|d| d.days_since_epoch())
}

/// A comparison with a missing answer is false, whatever the operator: a condition never holds on
/// something the person has not said.
fn compare(a: &Operand, op: Op, b: &Operand) -> bool {
    use std::cmp::Ordering;
    let ordering = match (a, b) {
        (Operand::Missing, _) | (_, Operand::Missing) => return false,
        (Operand::Num(x), Operand::Num(y)) => x.partial_cmp(y),
        (Operand::Str(x), Operand::Str(y)) => Some(x.cmp(y)),
        (Operand::Bool(x), Operand::Bool(y)) => Some(x.cmp(y)),
        _ => None,
    };
    match (ordering, op) {
        (None, Op::Ne) => true,
        (None, _) => false,
        (Some(o), Op::Eq) => o == Ordering::Equal,
        (Some(o), Op::Ne) => o != Ordering::Equal,
        (Some(o), Op::Lt) => o == Ordering::Less,
        (Some(o), Op::Le) => o != Ordering::Greater,
        (Some(o), Op::Gt) => o == Ordering::Greater,
        (Some(o), Op::Ge) => o != Ordering::Less,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(id: &str) -> Operand {
        match id {
            "has_children" => Operand::Bool(true),
            "children" => Operand::Num(2.0),
            "income_kind" => Operand::Str("irregular".into()),
            "employed" => Operand::Bool(false),
            "name" => Operand::Str(String::new()),
            _ => Operand::Missing,
        }
    }

    fn holds(text: &str) -> bool {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e}")).eval(&answers)
    }

    #[test]
    fn evaluates_comparisons_and_logic() {
        assert!(holds("has_children and children >= 1"));
        assert!(holds("income_kind == \"irregular\" or employed"));
        assert!(holds("not employed"));
        assert!(!holds("children > 2"));
        assert!(holds("(children == 2 or children == 3) and not (income_kind != \"irregular\")"));
        assert!(holds("children >= -1.5"));
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        // or binds loosest: true or (false and false)
        assert!(holds("has_children or employed and employed"));
        assert!(!holds("not has_children or employed"));
    }

    #[test]
    fn missing_answers_never_satisfy_a_comparison() {
        assert!(!holds("unknown == 1"));
        assert!(!holds("unknown != 1"));
        assert!(!holds("unknown"));
        assert!(holds("not unknown"));
        assert!(!holds("name"), "an empty text is not an answer");
    }

    #[test]
    fn arithmetic_computes_numbers_with_the_usual_precedence() {
        let n = |text: &str| parse(text).unwrap_or_else(|e| panic!("{text}: {e}")).number(&answers);
        assert_eq!(n("children * 3 + 1"), Some(7.0));
        assert_eq!(n("1 + children * 3"), Some(7.0));
        assert_eq!(n("(1 + children) * 3"), Some(9.0));
        assert_eq!(n("10 - children - 3"), Some(5.0), "left to right");
        assert_eq!(n("children-1"), Some(1.0), "a minus after a value subtracts");
        assert_eq!(n("children -1"), Some(1.0));
        assert_eq!(n("-1 + children"), Some(1.0), "a leading minus is a sign");
        assert_eq!(n("12 / children"), Some(6.0));
        assert_eq!(n("children / 0"), None, "no value from a division by zero");
        assert_eq!(n("unknown - 1"), None, "no value from a missing answer");
        assert_eq!(n("income_kind + 1"), None, "no value from a text");
        assert!(holds("children * 2 >= 4"));
        let dates = |id: &str| match id {
            "last_day" => Operand::Str("2027-01-08".into()),
            "today" => Operand::Str("2026-12-31".into()),
            _ => Operand::Missing,
        };
        assert_eq!(parse("last_day - today").unwrap().number(&dates), Some(8.0), "days between two dates");
        assert_eq!(parse("today - last_day").unwrap().number(&dates), Some(-8.0));
        assert_eq!(parse("last_day + today").unwrap().number(&dates), None, "dates are only subtracted");
        assert!(!holds("unknown - 1 < 5"), "a comparison with no value does not hold");
    }

    #[test]
    fn collects_ids_in_order() {
        let e = parse("a and (b.c > 2 or not d) and \"x\" == e").unwrap();
        assert_eq!(e.ids(), ["a", "b.c", "d", "e"]);
    }

    #[test]
    fn reports_where_a_condition_is_malformed() {
        let cases = [("", 0), ("a ==", 4), ("a = 1", 2), ("(a and b", 8), ("a b", 2), ("\"open", 0), ("a # b", 2), ("and a", 0)];
        for (text, at) in cases {
            let e = parse(text).expect_err(text);
            assert_eq!(e.at, at, "{text}: {e}");
        }
    }
}
