//! Alimony for minor children, as a court orders it when the parents have not agreed.
//!
//! - Кодекс о браке (супружестве) и семье, art. 139 [C]: paid monthly from earnings and other income,
//!   **1/4** for one child, **1/3** for two, **1/2** for three or more. The court may raise or lower these
//!   shares in view of the parties' material or family situation, so the result is the usual amount, not a
//!   promise.
//! - Art. 141 [C]: a **fixed sum** (твёрдая денежная сумма) when a share is impossible, difficult or
//!   substantially unfair (irregular income, income in kind), and always for children aged 18–21 in
//!   full-time study; it is set as a multiple of the МРП. The МРП in force on a date comes from
//!   `content/figures.toml` (`mrp`), whose values are [C3] (budget laws read in the news), so a fixed
//!   sum always carries a caution.

use crate::core::calc::{needs_caution, Act, Citation};
use crate::core::calc::money::{mul_div_round, scale, tenge_to_tiyn};
use crate::core::content::model::Confidence;
use crate::core::date::Date;
use crate::core::figures::{self, Figure};
use crate::core::lang::Lang;

const ART_139: Citation = Citation::new(Act::MarriageFamilyCode, "ст. 139", Confidence::Confirmed);
const ART_141: Citation = Citation::new(Act::MarriageFamilyCode, "ст. 141", Confidence::Confirmed);

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AlimonyError {
    /// Alimony by share needs at least one child.
    NoChildren,
    /// The monthly income must be more than zero.
    NoIncome,
    /// The number of МРП must be a positive number.
    BadMultiple,
    /// No МРП value is in force on this date in figures.toml.
    MrpNotInForce(Date),
}

/// A fraction of income.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub numerator: u8,
    pub denominator: u8,
}

impl Share {
    /// "1/4": the same in every language of the portal.
    pub fn text(self) -> String {
        format!("{}/{}", self.numerator, self.denominator)
    }
}

/// The art. 139 share for this many children: 1 → 1/4, 2 → 1/3, 3 or more → 1/2.
pub fn share_for(children: u32) -> Result<Share, AlimonyError> {
    let denominator = match children {
        0 => return Err(AlimonyError::NoChildren),
        1 => 4,
        2 => 3,
        _ => 2,
    };
    Ok(Share { numerator: 1, denominator })
}

/// How the monthly amount was set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AlimonyBasis {
    /// A share of the payer's monthly income (art. 139).
    Share(Share),
    /// A multiple of the МРП (art. 141); `mrp_tiyn` is the МРП in force on the date, in force since `mrp_from`.
    FixedMrp { multiple: f64, mrp_tiyn: i64, mrp_from: Date },
}

/// A monthly alimony amount with the rules it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Alimony {
    pub monthly_tiyn: i64,
    pub basis: AlimonyBasis,
    pub citations: Vec<Citation>,
    /// Some rule or figure behind the amount is not confirmed from the act's text.
    pub caution: bool,
}

impl Alimony {
    /// The share or fixed sum as the reader sees it: "1/4", or "10 АЕК" / "10 МРП" / "10 MCI".
    pub fn share_text(&self, lang: Lang) -> String {
        match self.basis {
            AlimonyBasis::Share(share) => share.text(),
            AlimonyBasis::FixedMrp { multiple, .. } => {
                let unit = match lang {
                    Lang::Kk => "АЕК",
                    Lang::Ru => "МРП",
                    Lang::En => "MCI",
                };
                format!("{}\u{a0}{unit}", figures::number(multiple))
            }
        }
    }
}

/// The monthly amount for `children` children out of a monthly income (both in tiyn), art. 139.
pub fn by_share(children: u32, monthly_income_tiyn: i64) -> Result<Alimony, AlimonyError> {
    let share = share_for(children)?;
    if monthly_income_tiyn <= 0 {
        return Err(AlimonyError::NoIncome);
    }
    let monthly_tiyn = mul_div_round(monthly_income_tiyn, i64::from(share.numerator), i64::from(share.denominator));
    let citations = vec![ART_139];
    Ok(Alimony { monthly_tiyn, basis: AlimonyBasis::Share(share), caution: needs_caution(&citations), citations })
}

/// A fixed monthly sum of `mrp_multiple` МРП, in tenge at the МРП in force on `date` (art. 141).
pub fn fixed_sum(mrp_multiple: f64, date: Date) -> Result<Alimony, AlimonyError> {
    fixed_sum_with(crate::core::content::figures(), mrp_multiple, date)
}

/// Every figure a fixed sum is computed from: the МРП.
pub const FIGURES_READ: [&str; 1] = ["mrp"];

/// [`fixed_sum`] against a given set of figures.
pub fn fixed_sum_with(all: &'static [Figure], mrp_multiple: f64, date: Date) -> Result<Alimony, AlimonyError> {
    if !(mrp_multiple.is_finite() && mrp_multiple > 0.0) {
        return Err(AlimonyError::BadMultiple);
    }
    let mrp = figures::find(all, FIGURES_READ[0]).and_then(|f| f.in_force(date)).ok_or(AlimonyError::MrpNotInForce(date))?;
    let mrp_tiyn = tenge_to_tiyn(mrp.value);
    let citations = vec![ART_141, Citation::from_source(&mrp.source)];
    Ok(Alimony {
        monthly_tiyn: scale(mrp_tiyn, mrp_multiple),
        basis: AlimonyBasis::FixedMrp { multiple: mrp_multiple, mrp_tiyn, mrp_from: mrp.from },
        caution: needs_caution(&citations),
        citations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_by_number_of_children() {
        assert_eq!(share_for(0), Err(AlimonyError::NoChildren));
        assert_eq!(share_for(1).unwrap().text(), "1/4");
        assert_eq!(share_for(2).unwrap().text(), "1/3");
        for children in [3, 4, 7, 12] {
            assert_eq!(share_for(children).unwrap().text(), "1/2", "{children}");
        }
    }

    #[test]
    fn monthly_amount_from_income() {
        let one = by_share(1, 20_000_000).unwrap();
        assert_eq!(one.monthly_tiyn, 5_000_000);
        assert_eq!(one.share_text(Lang::Kk), "1/4");
        assert_eq!(one.citations, vec![ART_139]);
        assert!(!one.caution, "art. 139 was read in the code's text");

        assert_eq!(by_share(2, 30_000_000).unwrap().monthly_tiyn, 10_000_000);
        assert_eq!(by_share(3, 30_000_000).unwrap().monthly_tiyn, 15_000_000);
    }

    #[test]
    fn thirds_round_to_the_nearest_tiyn() {
        // 100 000 ₸ / 3 = 33 333,333… ₸; 200 000,01 ₸ / 3 = 66 666,67 ₸.
        assert_eq!(by_share(2, 10_000_000).unwrap().monthly_tiyn, 3_333_333);
        assert_eq!(by_share(2, 20_000_001).unwrap().monthly_tiyn, 6_666_667);
        assert_eq!(by_share(1, 1).unwrap().monthly_tiyn, 0);
        assert_eq!(by_share(1, 2).unwrap().monthly_tiyn, 1, "0,5 tiyn rounds up");
    }

    #[test]
    fn share_needs_children_and_income() {
        assert_eq!(by_share(0, 10_000_000), Err(AlimonyError::NoChildren));
        assert_eq!(by_share(1, 0), Err(AlimonyError::NoIncome));
        assert_eq!(by_share(1, -5), Err(AlimonyError::NoIncome));
    }

    #[test]
    fn fixed_sum_uses_the_mrp_in_force_on_the_date() {
        let in_2026 = fixed_sum(10.0, Date::new(2026, 11, 25)).unwrap();
        assert_eq!(in_2026.monthly_tiyn, 4_325_000, "10 × 4 325 ₸");
        assert_eq!(in_2026.basis, AlimonyBasis::FixedMrp { multiple: 10.0, mrp_tiyn: 432_500, mrp_from: Date::new(2026, 1, 1) });
        assert_eq!(fixed_sum(10.0, Date::new(2025, 12, 31)).unwrap().monthly_tiyn, 3_932_000);
        assert_eq!(fixed_sum(10.0, Date::new(2024, 1, 1)).unwrap().monthly_tiyn, 3_692_000);
        assert_eq!(fixed_sum(2.5, Date::new(2026, 1, 1)).unwrap().monthly_tiyn, 1_081_250);
    }

    #[test]
    fn fixed_sum_carries_a_caution_because_the_mrp_is_secondary() {
        let a = fixed_sum(5.0, Date::new(2026, 6, 1)).unwrap();
        assert!(a.caution);
        assert_eq!(a.citations[0], ART_141);
        assert_eq!(a.citations[1].confidence, Confidence::Secondary);
        assert!(a.citations[1].act.contains("бюджете на 2026"));
        assert_eq!(a.share_text(Lang::Ru), "5\u{a0}МРП");
        assert_eq!(a.share_text(Lang::Kk), "5\u{a0}АЕК");
        assert_eq!(fixed_sum(0.5, Date::new(2026, 6, 1)).unwrap().share_text(Lang::En), "0,5\u{a0}MCI");
    }

    #[test]
    fn fixed_sum_errors() {
        assert_eq!(fixed_sum(10.0, Date::new(2023, 12, 31)), Err(AlimonyError::MrpNotInForce(Date::new(2023, 12, 31))));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(fixed_sum(bad, Date::new(2026, 1, 1)), Err(AlimonyError::BadMultiple), "{bad}");
        }
    }
}
