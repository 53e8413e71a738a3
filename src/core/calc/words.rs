//! Sums of money in words, as a receipt or a claim writes them after the figures:
//! «2 500 001,50 ₸ (два миллиона пятьсот тысяч один тенге 50 тиынов)».
//!
//! Whole tenge are written in words, tiyn as two digits with their noun (as accounting writes kopecks);
//! no tiyn, no tiyn part. Russian: «тысяча» is feminine («одна тысяча», «две тысячи»), «тенге», «миллион»
//! and «миллиард» masculine («один», «два»); «тиын» declines (1 тиын, 2 тиына, 5 тиынов). Kazakh has no
//! gender or plural after a number: «бір миллион екі жүз мың теңге 50 тиын»; a hundred is «жүз», a
//! thousand «бір мың». English: "two million five hundred thousand one tenge 50 tiyn".
//! Pure and dependency-free; the document template form `{value:words}` uses it.

use crate::core::lang::Lang;

/// `tiyn` (1 ₸ = 100 tiyn, as answers store money) in words in `lang`. A negative sum is written with
/// its sign in words («минус …»), though no questionnaire produces one.
pub fn money_in_words(tiyn: i64, lang: Lang) -> String {
    let negative = tiyn < 0;
    let tiyn = tiyn.unsigned_abs();
    let (whole, part) = (tiyn / 100, tiyn % 100);
    let mut out = String::new();
    if negative {
        out.push_str(if lang == Lang::En { "minus " } else { "минус " });
    }
    out.push_str(&number_in_words(whole, lang));
    out.push_str(match lang {
        Lang::Kk => " теңге",
        Lang::Ru => " тенге",
        Lang::En => " tenge",
    });
    if part > 0 {
        let noun = match lang {
            Lang::Kk => "тиын",
            Lang::Ru => ru_plural(part, ["тиын", "тиына", "тиынов"]),
            Lang::En => "tiyn",
        };
        out.push_str(&format!(" {part:02} {noun}"));
    }
    out
}

/// A whole number in words (the masculine form in Russian, as for «тенге»).
pub fn number_in_words(n: u64, lang: Lang) -> String {
    if n == 0 {
        return match lang {
            Lang::Kk => "нөл",
            Lang::Ru => "ноль",
            Lang::En => "zero",
        }
        .to_string();
    }
    // Groups of three digits from the highest; index 0 = units, 1 = thousands, …
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push(rest % 1000);
        rest /= 1000;
    }
    let mut words: Vec<String> = Vec::new();
    for (scale, &group) in groups.iter().enumerate().rev() {
        if group == 0 {
            continue;
        }
        match lang {
            Lang::Ru => {
                words.push(ru_triple(group, scale == 1));
                if let Some(forms) = RU_SCALES.get(scale).copied().flatten() {
                    words.push(ru_plural(group, forms).to_string());
                }
            }
            Lang::Kk => {
                words.push(kk_triple(group));
                if scale > 0 {
                    words.push(KK_SCALES[scale].to_string());
                }
            }
            Lang::En => {
                words.push(en_triple(group));
                if scale > 0 {
                    words.push(EN_SCALES[scale].to_string());
                }
            }
        }
    }
    words.join(" ")
}

const RU_UNITS: [&str; 20] = [
    "", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
    "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
];
const RU_TENS: [&str; 10] = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
const RU_HUNDREDS: [&str; 10] = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];
const RU_SCALES: [Option<[&str; 3]>; 7] = [
    None,
    Some(["тысяча", "тысячи", "тысяч"]),
    Some(["миллион", "миллиона", "миллионов"]),
    Some(["миллиард", "миллиарда", "миллиардов"]),
    Some(["триллион", "триллиона", "триллионов"]),
    Some(["квадриллион", "квадриллиона", "квадриллионов"]),
    Some(["квинтиллион", "квинтиллиона", "квинтиллионов"]),
];

/// 1–999 in Russian; `feminine` for thousands («одна», «две»).
fn ru_triple(n: u64, feminine: bool) -> String {
    let mut words = Vec::new();
    let (h, rest) = ((n / 100) as usize, (n % 100) as usize);
    if h > 0 {
        words.push(RU_HUNDREDS[h]);
    }
    let unit = if rest < 20 {
        rest
    } else {
        words.push(RU_TENS[rest / 10]);
        rest % 10
    };
    if unit > 0 {
        words.push(match (unit, feminine) {
            (1, true) => "одна",
            (2, true) => "две",
            _ => RU_UNITS[unit],
        });
    }
    words.join(" ")
}

/// The Russian noun form after `n`: [1, 21, 101 …], [2–4, 22 …], [0, 5–20, 11–14 …].
fn ru_plural(n: u64, forms: [&'static str; 3]) -> &'static str {
    let (last, last_two) = (n % 10, n % 100);
    if (11..=14).contains(&last_two) {
        forms[2]
    } else if last == 1 {
        forms[0]
    } else if (2..=4).contains(&last) {
        forms[1]
    } else {
        forms[2]
    }
}

const KK_UNITS: [&str; 10] = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const KK_TENS: [&str; 10] = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
const KK_SCALES: [&str; 7] = ["", "мың", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион"];

/// 1–999 in Kazakh: «жүз» alone for one hundred, «екі жүз» for two.
fn kk_triple(n: u64) -> String {
    let mut words = Vec::new();
    let (h, t, u) = ((n / 100) as usize, (n / 10 % 10) as usize, (n % 10) as usize);
    if h > 1 {
        words.push(KK_UNITS[h]);
    }
    if h > 0 {
        words.push("жүз");
    }
    if t > 0 {
        words.push(KK_TENS[t]);
    }
    if u > 0 {
        words.push(KK_UNITS[u]);
    }
    words.join(" ")
}

const EN_UNITS: [&str; 20] = [
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const EN_TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_SCALES: [&str; 7] = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];

/// 1–999 in English: "twenty-one", "one hundred five".
fn en_triple(n: u64) -> String {
    let mut words = Vec::new();
    let (h, rest) = ((n / 100) as usize, (n % 100) as usize);
    if h > 0 {
        words.push(format!("{} hundred", EN_UNITS[h]));
    }
    if rest >= 20 {
        words.push(match rest % 10 {
            0 => EN_TENS[rest / 10].to_string(),
            u => format!("{}-{}", EN_TENS[rest / 10], EN_UNITS[u]),
        });
    } else if rest > 0 {
        words.push(EN_UNITS[rest].to_string());
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every expected text below is written out by hand.
    fn ru(tiyn: i64) -> String {
        money_in_words(tiyn, Lang::Ru)
    }
    fn kk(tiyn: i64) -> String {
        money_in_words(tiyn, Lang::Kk)
    }
    fn en(tiyn: i64) -> String {
        money_in_words(tiyn, Lang::En)
    }
    const T: i64 = 100; // one tenge in tiyn

    #[test]
    fn russian_sums_in_words() {
        assert_eq!(ru(0), "ноль тенге");
        assert_eq!(ru(T), "один тенге");
        assert_eq!(ru(2 * T), "два тенге");
        assert_eq!(ru(5 * T), "пять тенге");
        assert_eq!(ru(11 * T), "одиннадцать тенге");
        assert_eq!(ru(21 * T), "двадцать один тенге");
        assert_eq!(ru(1_000 * T), "одна тысяча тенге");
        assert_eq!(ru(2_000 * T), "две тысячи тенге");
        assert_eq!(ru(5_000 * T), "пять тысяч тенге");
        assert_eq!(ru(11_000 * T), "одиннадцать тысяч тенге");
        assert_eq!(ru(21_000 * T), "двадцать одна тысяча тенге");
        assert_eq!(ru(100_000 * T), "сто тысяч тенге");
        assert_eq!(ru(1_000_000 * T), "один миллион тенге");
        assert_eq!(ru(2_000_000 * T), "два миллиона тенге");
        assert_eq!(ru(12_000_000 * T), "двенадцать миллионов тенге");
        assert_eq!(ru(2_500_001 * T + 50), "два миллиона пятьсот тысяч один тенге 50 тиынов");
        assert_eq!(ru(1_200_345 * T), "один миллион двести тысяч триста сорок пять тенге");
        assert_eq!(ru(1_000_000_000 * T), "один миллиард тенге");
        assert_eq!(ru(999_999 * T + 99), "девятьсот девяносто девять тысяч девятьсот девяносто девять тенге 99 тиынов");
    }

    #[test]
    fn russian_tiyn_decline_and_keep_two_digits() {
        assert_eq!(ru(1), "ноль тенге 01 тиын");
        assert_eq!(ru(2), "ноль тенге 02 тиына");
        assert_eq!(ru(5), "ноль тенге 05 тиынов");
        assert_eq!(ru(11), "ноль тенге 11 тиынов");
        assert_eq!(ru(T + 21), "один тенге 21 тиын");
        assert_eq!(ru(T + 22), "один тенге 22 тиына");
        assert_eq!(ru(T + 14), "один тенге 14 тиынов");
    }

    #[test]
    fn kazakh_sums_in_words() {
        assert_eq!(kk(0), "нөл теңге");
        assert_eq!(kk(T), "бір теңге");
        assert_eq!(kk(2 * T), "екі теңге");
        assert_eq!(kk(5 * T), "бес теңге");
        assert_eq!(kk(11 * T), "он бір теңге");
        assert_eq!(kk(21 * T), "жиырма бір теңге");
        assert_eq!(kk(100 * T), "жүз теңге");
        assert_eq!(kk(1_000 * T), "бір мың теңге");
        assert_eq!(kk(100_000 * T), "жүз мың теңге");
        assert_eq!(kk(1_000_000 * T), "бір миллион теңге");
        assert_eq!(kk(1_200_000 * T), "бір миллион екі жүз мың теңге");
        assert_eq!(kk(2_500_001 * T + 50), "екі миллион бес жүз мың бір теңге 50 тиын");
        assert_eq!(kk(1_945 * T + 5), "бір мың тоғыз жүз қырық бес теңге 05 тиын");
        assert_eq!(kk(60_090 * T), "алпыс мың тоқсан теңге");
    }

    #[test]
    fn english_sums_in_words() {
        assert_eq!(en(0), "zero tenge");
        assert_eq!(en(T), "one tenge");
        assert_eq!(en(11 * T), "eleven tenge");
        assert_eq!(en(21 * T), "twenty-one tenge");
        assert_eq!(en(100_000 * T), "one hundred thousand tenge");
        assert_eq!(en(1_000_000 * T), "one million tenge");
        assert_eq!(en(2_500_001 * T + 50), "two million five hundred thousand one tenge 50 tiyn");
        assert_eq!(en(105 * T + 1), "one hundred five tenge 01 tiyn");
    }

    #[test]
    fn the_largest_sums_and_a_negative_one() {
        assert_eq!(number_in_words(u64::MAX, Lang::Ru).split(' ').next(), Some("восемнадцать"));
        assert_eq!(number_in_words(i64::MAX as u64 / 100, Lang::Kk).split(' ').next(), Some("тоқсан"));
        assert_eq!(ru(-5 * T), "минус пять тенге");
    }
}
