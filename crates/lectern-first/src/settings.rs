//! The text settings' facts both readers keep to: the sizes a reader steps through, where they
//! start, and where the reader's choice is stored (the full reader's `app_model::settings` and
//! the first screen's panel read the same ones).

/// Relative text sizes a reader steps through, in percent of the post's own size.
pub const TEXT_SIZES: [u16; 7] = [85, 92, 100, 110, 125, 140, 160];

/// The index of 100 % in [`TEXT_SIZES`].
pub const DEFAULT_SIZE: usize = 2;

/// Where the reader's choices are kept for every post on the site: JSON with a field per setting
/// chosen (`{"size":"125","theme":"dark"}`), each the value of its `data-lectern-<field>`.
pub const STORAGE_KEY: &str = "lectern:settings";

/// The settings' names, in the order the full reader stores them: each is `data-lectern-<name>`
/// on the page (or an embedded reader) and, but for the size, a row of radio buttons named
/// `lectern-<name>` in the panel.
pub const NAMES: [&str; 5] = ["size", "width", "spacing", "font", "theme"];

/// The `mount()` options (and `<lectern-reader>` attributes, as `lectern-embed.js` reads them)
/// with which a host sets its own look, and the setting each gives the default of. The full
/// reader's `app_model::mount_options` reads the same ones.
pub const HOST_OPTIONS: [(&str, &str); 5] = [
    ("textSize", "size"),
    ("lineWidth", "width"),
    ("lineSpacing", "spacing"),
    ("font", "font"),
    ("theme", "theme"),
];

/// The option with which a host keeps its look whatever the reader prefers (`false`: no "Text
/// settings" button, and the reader's saved choices are not applied).
pub const READER_SETTINGS_OPTION: &str = "readerSettings";

/// The percent of a text size a host gives (`textSize: 110`), as it is saved and written in
/// `data-lectern-size` (`"110"`); none when the reader offers no such size.
pub fn size_step(percent: f64) -> Option<usize> {
    TEXT_SIZES
        .iter()
        .position(|&size| f64::from(size) == percent)
}

/// The value an embedded reader's own element carries for a setting, over the host's default
/// (which the host element carries): the one in force when it differs, else none, so the host's
/// look — its custom properties included — decides. On the page, `base` is none: the value in
/// force is always written.
pub fn written_over<'a>(in_force: Option<&'a str>, base: Option<&str>) -> Option<&'a str> {
    in_force.filter(|value| Some(*value) != base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_size_is_one_the_reader_offers() {
        assert_eq!(size_step(110.0), Some(3));
        assert_eq!(size_step(85.0), Some(0));
        assert_eq!(size_step(111.0), None);
        assert_eq!(size_step(f64::NAN), None);
    }

    #[test]
    fn a_value_equal_to_the_hosts_is_left_to_the_host() {
        assert_eq!(written_over(Some("medium"), Some("medium")), None);
        assert_eq!(written_over(Some("wide"), Some("medium")), Some("wide"));
        assert_eq!(written_over(Some("wide"), None), Some("wide"));
        assert_eq!(written_over(None, Some("wide")), None);
    }
}
