//! Filling a questionnaire's pages with plausible values, shared by the document and accessibility
//! tests: "no" for yes/no questions and the first option otherwise (the normal path), free text, a
//! valid ИИН/БИН, dates, money (falling sums, so that a later amount never reaches an earlier one).
//! A birth date (a field whose id ends in `_born`) is the date the ИИН gives, as the form requires when
//! it asks both; every other date is 15.01.2020.

use crate::Browser;

fn with_control(first11: &str) -> String {
    let d: Vec<u32> = first11.chars().map(|c| c.to_digit(10).unwrap()).collect();
    let pass = |w: [u32; 11]| d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut c = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if c == 10 {
        c = pass([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    }
    assert!(c < 10);
    format!("{first11}{c}")
}

/// The ИИН typed into every ИИН field (born 01.01.1990, a man).
const IIN_FIRST11: &str = "90010130012";

/// The birth date an ИИН of the 1900s gives (digits 1–6 are YYMMDD), as a date field's value.
fn born_by_iin(first11: &str) -> String {
    assert!(matches!(&first11[6..7], "3" | "4"), "century digit 3/4: born in the 1900s");
    format!("19{}-{}-{}", &first11[0..2], &first11[2..4], &first11[4..6])
}

/// Answers that differ from the defaults on the normal path (question id → option), e.g. the person
/// filing an alimony claim is the parent the children live with, and a cassation follows an appeal.
const NORMAL_PATH: &str = r#"{ "lives_with_me": "yes", "appealed": "yes" }"#;

/// Fills every empty visible field of the current page with `text` for free text; returns how many it
/// filled.
pub async fn fill_page(b: &Browser, text: &str) -> Result<u64, String> {
    let script = format!(
        r#"
        const iin = '{iin}', born = '{born}', bin = '{bin}', normal = {normal}, text = {text};
        let filled = 0;
        // Sums fall down the page (150 000, 140 000, …) so that rules such as "repaid < lent" hold.
        let sum = 150000;
        const set = (el, v) => {{ el.value = v; el.dispatchEvent(new Event('input', {{ bubbles: true }})); filled++; }};
        const groups = new Map();
        for (const el of document.querySelectorAll('.zg-fields input, .zg-fields textarea')) {{
            if (el.type === 'radio' || el.type === 'checkbox') {{
                const key = el.name || el.closest('fieldset')?.querySelector('legend')?.textContent;
                if (!groups.has(key)) groups.set(key, []);
                groups.get(key).push(el);
                continue;
            }}
            if (el.type === 'file' || el.value) continue;
            const id = el.id;
            if (el.tagName === 'TEXTAREA') set(el, text);
            else if (el.type === 'date') set(el, id.endsWith('_born') ? born : '2020-01-15');
            else if (el.type === 'email') set(el, 'test@example.kz');
            else if (el.type === 'tel') set(el, '+7 701 123 45 67');
            else if (el.inputMode === 'numeric') set(el, id.includes('bin') ? bin : iin);
            else if (el.inputMode === 'decimal') {{
                if (id.includes('mrp')) set(el, '5');
                else if (el.dataset.max && Number(el.dataset.max) < sum) set(el, String(Math.min(6, Number(el.dataset.max))));
                else {{ set(el, String(sum)); sum -= 10000; }}
            }}
            else set(el, text + ' ' + id.replace('zg-f-', ''));
        }}
        for (const options of groups.values()) {{
            if (options.some((o) => o.checked)) continue;
            const wanted = options.find((o) => normal[o.name] === o.value);
            const no = options.find((o) => o.value === 'no');
            (wanted || no || options[0]).click();
            filled++;
        }}
        return filled;
        "#,
        iin = with_control(IIN_FIRST11),
        born = born_by_iin(IIN_FIRST11),
        bin = with_control("18044001234"),
        normal = NORMAL_PATH,
        text = zanger::core::json::string(text),
    );
    Ok(b.eval(&script).await?.as_u64().unwrap_or(0))
}


/// From the current page of the open questionnaire, fills every page the normal way (`fill_page`) and moves
/// on until the review page. An error summary or an exit on the way is an error naming `what`.
pub async fn fill_to_review(b: &Browser, text: &str, what: &str) -> Result<(), String> {
    for _ in 0..20 {
        // Answers can reveal more questions on the same page: fill until nothing is left.
        while fill_page(b, text).await? > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        b.click(".zg-form-nav button[type='submit']").await?;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if b.count(".zg-error-summary").await? > 0 {
            return Err(format!("{what}: {}", b.text(".zg-error-summary").await?));
        }
        if b.count(".zg-exit").await? > 0 {
            return Err(format!("{what}: the normal path hit an exit: {}", b.text(".zg-exit").await?));
        }
        if b.count(".zg-review-page").await? > 0 {
            return Ok(());
        }
    }
    Err(format!("{what}: never reached the review page"))
}
