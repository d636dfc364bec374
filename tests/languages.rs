//! Every language file says every word English says, in its own forms, with the same values to
//! fill in; every word the code asks for is in English. Adding a language is adding its file.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use lectern::words::{BUILT_IN, LANGUAGES, Words, language_for};

/// The words a key's value fills in (`{name}`).
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                found.insert(after[..close].to_owned());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    found
}

/// A counted word's base key (`count.words` for `count.words.one`).
fn counted(key: &str) -> Option<&str> {
    let (base, form) = key.rsplit_once('.')?;
    matches!(form, "zero" | "one" | "two" | "few" | "many" | "other").then_some(base)
}

fn file(lang: &str) -> &'static str {
    BUILT_IN
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(_, text)| *text)
        .unwrap_or_else(|| panic!("{lang} is built in natively"))
}

#[test]
fn lectern_speaks_ten_languages() {
    for lang in [
        "en", "de", "fr", "es", "pt-BR", "it", "ru", "ar", "ja", "zh-CN",
    ] {
        assert!(LANGUAGES.contains(&lang), "{lang} is missing");
    }
}

#[test]
fn every_language_has_every_word_in_each_of_its_forms() {
    let english = Words::parse(file("en")).expect("English reads");
    let english_keys: BTreeSet<&str> = english.keys().collect();
    let plain: BTreeSet<&str> = english_keys
        .iter()
        .copied()
        .filter(|key| counted(key).is_none())
        .collect();
    let counted_keys: BTreeSet<&str> = english_keys.iter().filter_map(|k| counted(k)).collect();
    for lang in LANGUAGES {
        let text = file(lang);
        assert!(
            !text.contains('<'),
            "{lang}: no `<`, so a page can carry the file in a script"
        );
        let words = Words::parse(text).unwrap_or_else(|e| panic!("{lang}.txt: {e}"));
        assert_eq!(words.lang, *lang, "{lang}.txt says `@lang = {lang}`");
        let keys: BTreeSet<&str> = words.keys().collect();
        for key in &plain {
            let Some(value) = keys.get(key).map(|k| words.get(k)) else {
                panic!("{lang}.txt lacks `{key}`");
            };
            assert_eq!(
                placeholders(value),
                placeholders(english.get(key)),
                "{lang}.txt `{key}` fills in the same values as English"
            );
        }
        for base in &counted_keys {
            for form in words.rule().categories() {
                let key = format!("{base}.{form}");
                assert!(keys.contains(key.as_str()), "{lang}.txt lacks `{key}`");
                let english_other = english.get(&format!("{base}.other")).to_owned();
                let mut expected = placeholders(&english_other);
                expected.remove("n");
                let mut given = placeholders(words.get(&key));
                given.remove("n");
                assert_eq!(
                    given, expected,
                    "{lang}.txt `{key}` fills in the same values as English"
                );
            }
        }
        for key in &keys {
            let known =
                plain.contains(key) || counted(key).is_some_and(|b| counted_keys.contains(b));
            assert!(
                known,
                "{lang}.txt has `{key}`, which English does not: a typo?"
            );
        }
    }
}

#[test]
fn every_word_the_code_asks_for_is_in_english() {
    let english = Words::parse(file("en")).expect("English reads");
    let keys: BTreeSet<String> = english
        .keys()
        .map(|k| counted(k).unwrap_or(k).to_owned())
        .collect();
    let mut asked = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src"), root.join("crates")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("a source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                // Tests hold selectors and fixtures, not the reader's words.
                if !path.ends_with("tests") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("a source file");
                // Every string literal shaped like a key of the reader's words.
                for piece in text.split('"').skip(1).step_by(2) {
                    let prefix = piece.split('.').next().unwrap_or_default();
                    let is_key = piece.contains('.')
                        && !piece.contains(' ')
                        && piece
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'-')
                        && keys.iter().any(|k| k.split('.').next() == Some(prefix));
                    if is_key {
                        asked.push((path.display().to_string(), piece.to_owned()));
                    }
                }
            }
        }
    }
    assert!(
        asked.len() > 150,
        "the check finds the code's keys ({})",
        asked.len()
    );
    for (file, key) in asked {
        assert!(
            keys.contains(&key),
            "{file} asks for `{key}`, which locales/en.txt does not have"
        );
    }
}

#[test]
fn a_language_tag_finds_its_language() {
    assert_eq!(language_for("de"), Some("de"));
    assert_eq!(language_for("de-AT"), Some("de"));
    assert_eq!(language_for("PT"), Some("pt-BR"));
    assert_eq!(language_for("pt_PT"), Some("pt-BR"));
    assert_eq!(language_for("zh-Hans-CN"), Some("zh-CN"));
    assert_eq!(language_for("zh-TW"), None);
    assert_eq!(language_for("he"), None);
    assert_eq!(language_for("ar-EG"), Some("ar"));
}

#[test]
fn counts_take_each_languages_plural_forms() {
    let expected: [(&str, [&str; 4]); 10] = [
        ("en", ["1 word", "2 words", "5 words", "21 words"]),
        ("de", ["1 Wort", "2 Wörter", "5 Wörter", "21 Wörter"]),
        ("fr", ["1 mot", "2 mots", "5 mots", "21 mots"]),
        (
            "es",
            ["1 palabra", "2 palabras", "5 palabras", "21 palabras"],
        ),
        (
            "pt-BR",
            ["1 palavra", "2 palavras", "5 palavras", "21 palavras"],
        ),
        ("it", ["1 parola", "2 parole", "5 parole", "21 parole"]),
        ("ru", ["1 слово", "2 слова", "5 слов", "21 слово"]),
        ("ar", ["كلمة واحدة", "كلمتان", "٥ كلمات", "٢١ كلمة"]),
        ("ja", ["1 語", "2 語", "5 語", "21 語"]),
        ("zh-CN", ["1 字", "2 字", "5 字", "21 字"]),
    ];
    for (lang, forms) in expected {
        let words = Words::built_in(lang).expect("built in natively");
        let said: Vec<String> = [1, 2, 5, 21]
            .iter()
            .map(|n| words.count("count.words", *n, &[]))
            .collect();
        assert_eq!(said, forms, "{lang}");
    }
    // Numbers and dates as each language writes them.
    let date = lectern_format::date::PublishedDate::parse("2017-09-12").expect("a date");
    let written = |lang: &'static str| {
        let words = Words::built_in(lang).expect("built in");
        (words.number(2903), words.date(&date))
    };
    assert_eq!(written("en"), ("2,903".into(), "12 September 2017".into()));
    assert_eq!(written("de"), ("2.903".into(), "12. September 2017".into()));
    assert_eq!(
        written("fr"),
        ("2\u{202f}903".into(), "12 septembre 2017".into())
    );
    assert_eq!(
        written("es"),
        ("2903".into(), "12 de septiembre de 2017".into())
    );
    assert_eq!(
        written("ru"),
        ("2\u{a0}903".into(), "12 сентября 2017\u{a0}г.".into())
    );
    assert_eq!(written("ar"), ("٢٬٩٠٣".into(), "١٢ سبتمبر ٢٠١٧".into()));
    assert_eq!(written("ja"), ("2,903".into(), "2017年9月12日".into()));
}
