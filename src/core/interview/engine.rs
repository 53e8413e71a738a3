//! Walking a questionnaire: which pages and questions show, what is missing, and which exit applies.
//! Answers to questions that are hidden now are kept (nothing typed is lost) but ignored everywhere.

use super::answers::{Answer, Answers};
use super::expr::{self, Operand};
use super::input::InputError;
use super::model::{ComputedValue, DeadlineRule, Exit, Kind, Page, Question, Questionnaire, Rule, ValueKind};
use crate::core::calc::deadline::{Period, WorkCalendar};
use crate::core::date::Date;

pub struct Interview<'q> {
    pub questionnaire: &'q Questionnaire,
    pub answers: Answers,
    /// The reader's date, which conditions read as `today` (is the last day to appeal already past?);
    /// `None` where no condition needs it.
    pub today: Option<Date>,
}

/// Whether `condition` holds given `visible` answers. An empty condition always holds; a condition that
/// does not parse (impossible after the build checks) never holds.
fn holds(condition: &str, visible: &Answers) -> bool {
    holds_on(condition, visible, None)
}

/// [`holds`], with `today` readable as a date when it is known. The one condition check of the engine,
/// the document and the next steps.
pub(crate) fn holds_on(condition: &str, visible: &Answers, today: Option<Date>) -> bool {
    holds_with(condition, &|id| lookup(visible, today, id))
}

/// Whether `condition` holds when its ids read `lookup`: empty holds, unparsable never does.
fn holds_with(condition: &str, lookup: &dyn Fn(&str) -> Operand) -> bool {
    if condition.trim().is_empty() {
        return true;
    }
    expr::parse(condition).is_ok_and(|e| e.eval(lookup))
}

/// The value of `id` for a condition: an answer, `today` (compared as dates are, `YYYY-MM-DD`), or
/// `question.option`: whether that option is chosen (`attachments_ready.income_certificate`); an
/// unanswered question chooses nothing.
fn lookup(visible: &Answers, today: Option<Date>, id: &str) -> Operand {
    if let ("today", Some(t)) = (id, today) {
        return Answer::Date(t).operand();
    }
    if let Some(key) = id.strip_prefix("figure.") {
        return today.and_then(|t| figure_number(key, t)).map_or(Operand::Missing, Operand::Num);
    }
    if let Some(answer) = visible.get(id) {
        return answer.operand();
    }
    match id.split_once('.').map(|(question, option)| (visible.get(question), option)) {
        Some((Some(Answer::Choices(chosen)), option)) => Operand::Bool(chosen.iter().any(|c| c == option)),
        Some((Some(Answer::Choice(chosen)), option)) => Operand::Bool(chosen == option),
        _ => Operand::Missing,
    }
}

/// `figure.<key>` in a value's expression: the figure in force on `today` as a number (a percent as
/// its number, `10` for 10 %; money and a multiple of the МРП in tenge; a period as its count), so a
/// limit the law sets (a share of the claim, a number of МРП) is computed from figures.toml, not typed.
fn figure_number(key: &str, today: Date) -> Option<f64> {
    use crate::core::figures::{find, FigureKind};
    let figures = crate::core::content::figures();
    let figure = find(figures, key)?;
    let value = figure.in_force(today)?.value;
    Some(match figure.kind {
        FigureKind::Mrp => value * find(figures, "mrp")?.in_force(today)?.value,
        _ => value,
    })
}

/// The ids a value's entry reads (see [`expr::value_reads`]).
fn reads(value: &ComputedValue) -> Vec<String> {
    let start = matches!(value.kind, ValueKind::Deadline(_)).then_some(value.expr);
    expr::value_reads(start, value.expr, value.when)
}

/// [`lookup`] for arithmetic (values and rules across fields): an optional sum left blank counts as
/// 0 ₸. The form refuses a sum of 0, so blank is how a reader says "no travel costs"; without this a
/// total over optional sums would not be computed at all.
fn lookup_sum(q: &Questionnaire, visible: &Answers, today: Option<Date>, id: &str) -> Operand {
    match lookup(visible, today, id) {
        Operand::Missing if is_optional_sum(q, id) => Operand::Num(0.0),
        found => found,
    }
}

fn is_optional_sum(q: &Questionnaire, id: &str) -> bool {
    q.pages.iter().flat_map(|p| p.questions).any(|x| x.id == id && !x.required && matches!(x.kind, Kind::Money))
}

/// One value from the answers that count, if they give it.
fn compute(q: &Questionnaire, value: &ComputedValue, visible: &Answers, today: Option<Date>) -> Option<Answer> {
    match value.kind {
        ValueKind::Number | ValueKind::Money => {
            let n = expr::parse(value.expr).ok()?.number(&|id| lookup_sum(q, visible, today, id))?;
            Some(if value.kind == ValueKind::Money { Answer::Money((n * 100.0).round() as i64) } else { Answer::Number(n) })
        }
        ValueKind::Deadline(rule) => {
            let Some(Answer::Date(start)) = visible.get(value.expr) else { return None };
            let figure = crate::core::figures::find(crate::core::content::figures(), value.period)?;
            // The period in force on the start date; for a date before the first value figures.toml
            // records (its `from` is when the research began, not when the law changed), the first one:
            // otherwise a decision from 2023 would get no last day at all, and no "it has passed".
            let first = figure.values.first().map(|v| v.from);
            let on = if first.is_some_and(|f| *start < f) { first? } else { *start };
            let period = Period::from_figure(figure, on)?;
            let calendar = WorkCalendar::default();
            Some(Answer::Date(match rule {
                DeadlineRule::Gpk => calendar.period_end(*start, period).date,
                DeadlineRule::Koap => calendar.koap_period_end(*start, period),
            }))
        }
    }
}

impl<'q> Interview<'q> {
    pub fn new(questionnaire: &'q Questionnaire, answers: Answers) -> Self {
        Interview { questionnaire, answers, today: None }
    }

    /// The same interview on the reader's date `today` (conditions read it as `today`).
    pub fn on(mut self, today: Date) -> Self {
        self.today = Some(today);
        self
    }

    /// One pass in questionnaire order (conditions may only look back, so it decides visibility): the
    /// pages shown and the answers that count, those of visible questions on visible pages, with the
    /// computed values, each known after the page that asks the last answer it reads. Everything the
    /// interview can tell is read off its result, [`Walked`]: hold on to it rather than asking again.
    pub fn walked(&self) -> Walked<'q> {
        #[cfg(test)]
        WALKS.with(|n| n.set(n.get() + 1));
        let mut visible = Answers::new();
        let mut pages = Vec::new();
        let mut passed: Vec<String> = Vec::new();
        let mut computed: Vec<&str> = Vec::new();
        for page in self.questionnaire.pages {
            if holds_on(page.show_if, &visible, self.today) {
                pages.push(page);
                for q in page.questions {
                    if holds_on(q.show_if, &visible, self.today) {
                        if let Some(a) = self.answers.get(q.id).filter(|a| a.is_given()) {
                            visible.insert(q.id.to_string(), a.clone());
                        }
                    }
                }
            }
            passed.extend(page.questions.iter().map(|q| q.id.to_string()));
            self.compute_known_values(&mut visible, &mut passed, &mut computed);
        }
        Walked { questionnaire: self.questionnaire, today: self.today, pages, visible }
    }

    /// Computes every value whose inputs are all behind us (`passed`): the first alternative whose
    /// condition holds and which has a value gives it; one that cannot be computed (an answer it reads
    /// is missing) is simply absent.
    fn compute_known_values(&self, visible: &mut Answers, passed: &mut Vec<String>, computed: &mut Vec<&'q str>) {
        loop {
            let mut progress = false;
            for value in self.questionnaire.values {
                if computed.contains(&value.id) {
                    continue;
                }
                let alternatives = self.questionnaire.values.iter().filter(|v| v.id == value.id);
                if !alternatives.clone().flat_map(reads).all(|id| passed.contains(&id)) {
                    continue;
                }
                for alternative in alternatives {
                    if !holds_on(alternative.when, visible, self.today) {
                        continue;
                    }
                    if let Some(answer) = compute(self.questionnaire, alternative, visible, self.today) {
                        visible.insert(value.id.to_string(), answer);
                        break;
                    }
                }
                computed.push(value.id);
                passed.push(value.id.to_string());
                progress = true;
            }
            if !progress {
                return;
            }
        }
    }

    // One-off questions, each a walk of its own: code that asks more than one holds a `walked()`.

    pub fn broken_rules(&self) -> Vec<&'q Rule> {
        self.walked().broken_rules()
    }

    pub fn conflicts(&self) -> Vec<(String, InputError)> {
        self.walked().conflicts()
    }

    pub fn visible_answers(&self) -> Answers {
        self.walked().visible
    }

    pub fn pages(&self) -> Vec<&'q Page> {
        self.walked().pages
    }

    pub fn questions(&self, page: &'q Page) -> Vec<&'q Question> {
        self.walked().questions(page)
    }

    pub fn label(&self, q: &'q Question) -> &'q crate::core::content::model::Texts {
        self.walked().label(q)
    }

    pub fn next_page(&self, current: &str) -> Option<&'q Page> {
        self.walked().next_page(current)
    }

    pub fn previous_page(&self, current: &str) -> Option<&'q Page> {
        self.walked().previous_page(current)
    }

    pub fn missing(&self, page: &'q Page) -> Vec<String> {
        self.walked().missing(page)
    }

    pub fn exit(&self) -> Option<&'q Exit> {
        self.walked().exit()
    }

    pub fn is_complete(&self) -> bool {
        self.walked().is_complete()
    }
}

#[cfg(test)]
thread_local! {
    /// Walks done on this thread, for the tests that count them (one per change of the answers).
    static WALKS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many walks this thread has done (tests only).
#[cfg(test)]
pub(crate) fn walks() -> u64 {
    WALKS.with(|n| n.get())
}

/// What one walk found: the pages shown and the answers that count (with the computed values). Every
/// question about the interview is answered from it, without walking again.
#[derive(Debug, Clone, PartialEq)]
pub struct Walked<'q> {
    questionnaire: &'q Questionnaire,
    today: Option<Date>,
    pages: Vec<&'q Page>,
    visible: Answers,
}

impl<'q> Walked<'q> {
    /// Pages shown given the answers so far.
    pub fn pages(&self) -> &[&'q Page] {
        &self.pages
    }

    /// The answers that count now: those of visible questions on visible pages, and computed values.
    pub fn visible(&self) -> &Answers {
        &self.visible
    }

    fn holds(&self, condition: &str) -> bool {
        holds_on(condition, &self.visible, self.today)
    }

    /// Questions of `page` shown given the answers so far.
    pub fn questions(&self, page: &'q Page) -> Vec<&'q Question> {
        page.questions.iter().filter(|q| self.holds(q.show_if)).collect()
    }

    /// The label of `q` that fits the answers so far: the first of its `labels` whose condition holds
    /// («ФИО должника» once "a person" was chosen), else its `label`.
    pub fn label(&self, q: &'q Question) -> &'q crate::core::content::model::Texts {
        q.labels.iter().find(|l| self.holds(l.when)).map_or(&q.label, |l| &l.label)
    }

    pub fn next_page(&self, current: &str) -> Option<&'q Page> {
        let at = self.pages.iter().position(|p| p.id == current)?;
        self.pages.get(at + 1).copied()
    }

    pub fn previous_page(&self, current: &str) -> Option<&'q Page> {
        let at = self.pages.iter().position(|p| p.id == current)?;
        at.checked_sub(1).and_then(|i| self.pages.get(i)).copied()
    }

    /// Required questions of `page` (and of each item of its groups) that have no answer.
    pub fn missing(&self, page: &'q Page) -> Vec<String> {
        let mut out = Vec::new();
        for q in self.questions(page) {
            match (self.visible.get(q.id), &q.kind) {
                (None, _) if q.required => out.push(q.id.to_string()),
                (Some(Answer::Group(items)), Kind::Group { questions, min, .. }) => {
                    if items.len() < usize::from(*min) {
                        out.push(q.id.to_string());
                    }
                    for (i, item) in items.iter().enumerate() {
                        for sub in questions.iter().filter(|s| s.required && holds(s.show_if, item)) {
                            if !item.get(sub.id).is_some_and(Answer::is_given) {
                                out.push(format!("{}.{i}.{}", q.id, sub.id));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The first exit whose condition holds: this document does not fit the situation.
    pub fn exit(&self) -> Option<&'q Exit> {
        self.questionnaire.exits.iter().find(|e| self.holds(e.when))
    }

    /// The rules the answers that count break, each with the question whose field shows its message.
    /// A rule about a question that is not shown now is not judged.
    pub fn broken_rules(&self) -> Vec<&'q Rule> {
        let shown = |field: &str| self.pages.iter().flat_map(|p| p.questions).any(|q| q.id == field && self.holds(q.show_if));
        let broken = |rule: &Rule| holds_with(rule.broken_when, &|id| lookup_sum(self.questionnaire, &self.visible, self.today, id));
        self.questionnaire.rules.iter().filter(|r| shown(r.field) && broken(r)).collect()
    }

    /// Every problem across answers, with the field that shows it: each broken rule (at its `field`),
    /// and each birth date that is not the one the ИИН beside it gives (`birth.rs`, at the date's field).
    pub fn conflicts(&self) -> Vec<(String, InputError)> {
        let mut out: Vec<(String, InputError)> = self.broken_rules().into_iter().map(|r| (r.field.to_string(), InputError::Rule(r.message))).collect();
        let mismatches = super::birth::mismatches(self.questionnaire, &self.visible);
        out.extend(mismatches.into_iter().map(|(field, by_iin)| (field, InputError::BirthDateMismatch(by_iin))));
        out
    }

    /// Every visible page is answered, no rule is broken, no birth date contradicts its ИИН and no exit
    /// applies.
    pub fn is_complete(&self) -> bool {
        self.exit().is_none() && self.pages.iter().all(|p| self.missing(p).is_empty()) && self.conflicts().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::model::Texts;
    use crate::core::interview::model::Choice;

    const T: Texts = Texts { kk: "к", ru: "р", en: "e" };

    const fn q(id: &'static str, kind: Kind, required: bool, show_if: &'static str) -> Question {
        Question { id, kind, label: T, hint: T, required, show_if, labels: &[] }
    }

    static CHILD: [Question; 2] = [q("name", Kind::Text, true, ""), q("born", Kind::Date { past_only: true }, true, "")];
    static INCOME: [Choice; 2] = [Choice { id: "salary", label: T }, Choice { id: "irregular", label: T }];
    static PAGES: [Page; 3] = [
        Page {
            id: "situation",
            title: T,
            show_if: "",
            questions: &[q("paternity_disputed", Kind::YesNo, true, ""), q("income_kind", Kind::Single(&INCOME), true, "")],
        },
        Page {
            id: "children",
            title: T,
            show_if: "",
            questions: &[q("children", Kind::Group { questions: &CHILD, min: 1, max: 10 }, true, "")],
        },
        Page {
            id: "fixed_sum",
            title: T,
            show_if: "income_kind == \"irregular\"",
            questions: &[q("mrp_amount", Kind::Number { min: Some(1.0), max: None }, true, "")],
        },
    ];
    static EXITS: [Exit; 1] = [Exit { id: "paternity", when: "paternity_disputed", title: T, text: T, link: "guide:family.alimony" }];
    static ALIMONY: Questionnaire =
        Questionnaire { topics: &["family.alimony"], guide: "family.alimony", exits: &EXITS, values: &VALUES, rules: &RULES, ..Questionnaire::fixture("alimony", &PAGES) };
    static VALUES: [crate::core::interview::model::ComputedValue; 1] =
        [crate::core::interview::model::ComputedValue { id: "per_child", kind: ValueKind::Number, expr: "mrp_amount / children", period: "", when: "", event: crate::core::content::model::Texts { kk: "", ru: "", en: "" } }];
    static RULES: [Rule; 1] = [Rule { id: "at_least_two", broken_when: "mrp_amount < 2", field: "mrp_amount", message: T }];

    fn with(pairs: &[(&str, Answer)]) -> Interview<'static> {
        Interview::new(&ALIMONY, pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    fn ids(pages: Vec<&Page>) -> Vec<&str> {
        pages.into_iter().map(|p| p.id).collect()
    }

    #[test]
    fn pages_follow_the_answers() {
        let salary = with(&[("income_kind", Answer::Choice("salary".into()))]);
        assert_eq!(ids(salary.pages()), ["situation", "children"]);
        let irregular = with(&[("income_kind", Answer::Choice("irregular".into()))]);
        assert_eq!(ids(irregular.pages()), ["situation", "children", "fixed_sum"]);
        assert_eq!(irregular.next_page("children").map(|p| p.id), Some("fixed_sum"));
        assert_eq!(irregular.previous_page("children").map(|p| p.id), Some("situation"));
        assert_eq!(salary.next_page("children"), None);
    }

    #[test]
    fn hidden_answers_are_kept_but_ignored() {
        let i = with(&[("income_kind", Answer::Choice("salary".into())), ("mrp_amount", Answer::Number(5.0))]);
        assert!(i.answers.contains_key("mrp_amount"), "nothing typed is lost");
        assert!(!i.visible_answers().contains_key("mrp_amount"));
    }

    #[test]
    fn missing_required_answers_are_listed_per_group_item() {
        let child = Answers::from([("name".to_string(), Answer::Text("Айша".into()))]);
        let i = with(&[("children", Answer::Group(vec![child]))]);
        assert_eq!(i.missing(&PAGES[1]), ["children.0.born"]);
        assert_eq!(i.missing(&PAGES[0]), ["paternity_disputed", "income_kind"]);
        let none = with(&[]);
        assert_eq!(none.missing(&PAGES[1]), ["children"]);
    }

    #[test]
    fn an_exit_explains_that_the_document_does_not_fit() {
        let i = with(&[("paternity_disputed", Answer::Bool(true))]);
        assert_eq!(i.exit().map(|e| e.id), Some("paternity"));
        assert!(!i.is_complete());
        assert_eq!(with(&[("paternity_disputed", Answer::Bool(false))]).exit(), None);
    }

    #[test]
    fn values_are_computed_from_the_answers_that_count() {
        let child = || Answers::from([("name".to_string(), Answer::Text("Айша".into()))]);
        let i = with(&[
            ("income_kind", Answer::Choice("irregular".into())),
            ("children", Answer::Group(vec![child(), child()])),
            ("mrp_amount", Answer::Number(5.0)),
        ]);
        assert_eq!(i.visible_answers().get("per_child"), Some(&Answer::Number(2.5)));
        let hidden = with(&[("income_kind", Answer::Choice("salary".into())), ("mrp_amount", Answer::Number(5.0))]);
        assert_eq!(hidden.visible_answers().get("per_child"), None, "a hidden answer computes nothing");
    }

    #[test]
    fn a_broken_rule_is_reported_only_while_its_field_is_shown_and_blocks_completion() {
        let irregular = |n: f64| with(&[("income_kind", Answer::Choice("irregular".into())), ("mrp_amount", Answer::Number(n))]);
        assert_eq!(irregular(1.0).broken_rules().iter().map(|r| r.id).collect::<Vec<_>>(), ["at_least_two"]);
        assert!(irregular(2.0).broken_rules().is_empty());
        let salary = with(&[("income_kind", Answer::Choice("salary".into())), ("mrp_amount", Answer::Number(1.0))]);
        assert!(salary.broken_rules().is_empty(), "the field is hidden: the rule is not judged");
    }

    #[test]
    fn a_condition_reads_whether_an_option_of_a_choice_is_chosen() {
        let chosen = Answers::from([("docs".to_string(), Answer::Choices(vec!["birth".into(), "income".into()]))]);
        assert!(holds("docs.income and not docs.residence", &chosen));
        assert!(holds("not docs.residence", &Answers::new()), "an unanswered question chooses nothing");
        let single = Answers::from([("income_kind".to_string(), Answer::Choice("salary".into()))]);
        assert!(holds("income_kind.salary and not income_kind.irregular", &single));
    }

    #[test]
    fn a_full_set_of_answers_is_complete() {
        let child = Answers::from([
            ("name".to_string(), Answer::Text("Айша".into())),
            ("born".to_string(), Answer::Date(crate::core::date::Date::new(2019, 5, 1))),
        ]);
        let i = with(&[
            ("paternity_disputed", Answer::Bool(false)),
            ("income_kind", Answer::Choice("salary".into())),
            ("children", Answer::Group(vec![child])),
        ]);
        assert!(i.is_complete(), "{:?}", i.pages().iter().map(|p| i.missing(p)).collect::<Vec<_>>());
    }
}
