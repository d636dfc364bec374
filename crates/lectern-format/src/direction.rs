//! Which way a post's text runs, from its language tag: an Arabic, Hebrew or Persian post reads
//! right to left, and a reader that lays it out left to right puts its punctuation at the wrong
//! end of every line.

/// Scripts (ISO 15924, the 4-letter subtag of a BCP 47 tag) written right to left.
const RTL_SCRIPTS: &[&str] = &[
    "adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi",
];

/// Languages whose usual script is written right to left (when the tag names no script).
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku", "lrc", "mzn", "nqo", "pnb", "ps",
    "sd", "syr", "ug", "ur", "yi",
];

/// The HTML `dir` value for text in the language `lang` (a BCP 47 tag such as `ar`, `he-IL`,
/// `pa-Arab` or `az-Latn`): `"rtl"` or `"ltr"`. A script subtag decides when there is one;
/// otherwise the language's usual script does. Unknown or malformed tags read left to right.
pub fn text_direction(lang: &str) -> &'static str {
    let mut subtags = lang.split(['-', '_']);
    let language = subtags.next().unwrap_or_default().to_ascii_lowercase();
    let script = subtags
        .take_while(|tag| tag.len() != 1)
        .find(|tag| tag.len() == 4 && tag.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase);
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&language.as_str()),
    };
    if rtl { "rtl" } else { "ltr" }
}

#[cfg(test)]
mod tests {
    use super::text_direction;

    #[test]
    fn right_to_left_languages_and_scripts() {
        for tag in [
            "ar", "AR", "ar-EG", "he", "he_IL", "fa-IR", "ur", "yi", "pa-Arab", "ku-Arab",
        ] {
            assert_eq!(text_direction(tag), "rtl", "{tag}");
        }
    }

    #[test]
    fn left_to_right_otherwise() {
        for tag in [
            "en",
            "ru",
            "tr",
            "az-Latn",
            "ku-Latn",
            "ar-Latn",
            "",
            "-",
            "x-private",
            "pt-BR",
        ] {
            assert_eq!(text_direction(tag), "ltr", "{tag}");
        }
    }
}
