//! Lectern's command line. `lectern-cli import <export.xml> <out-folder>`: a WordPress export
//! into one Lectern post file per published post and page (see the README).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("import") => cli::import(&args[1..]),
        Some("--help" | "-h" | "help") | None => {
            println!("{}", cli::USAGE);
            0
        }
        Some(other) => {
            eprintln!("lectern-cli: unknown command {other:?}\n\n{}", cli::USAGE);
            2
        }
    };
    std::process::exit(code);
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::IsTerminal;
    use std::path::Path;

    use indicatif::{ProgressBar, ProgressStyle};
    use lectern::import::export_post::Options;
    use lectern::import::{Progress, Summary, import_export};

    pub const USAGE: &str = "usage: lectern-cli import <wordpress-export.xml> <out-folder> [--dry-run] [--held-comments]

  import   A WordPress export (Tools → Export, a .xml file of any size) into one Lectern post
           file (<slug>.json) per published post and page in <out-folder> (new or empty).
           Drafts, private and password-protected posts are skipped and counted; only approved
           comments are taken (--held-comments adds those awaiting moderation); pingbacks and
           trackbacks are left out.
  --dry-run        read everything and print the summary; write nothing";

    /// Runs `import`; the process's exit code.
    pub fn import(args: &[String]) -> i32 {
        let flags: Vec<&str> = args
            .iter()
            .map(String::as_str)
            .filter(|a| a.starts_with("--"))
            .collect();
        let paths: Vec<&str> = args
            .iter()
            .map(String::as_str)
            .filter(|a| !a.starts_with("--"))
            .collect();
        if let Some(unknown) = flags
            .iter()
            .find(|f| !matches!(**f, "--dry-run" | "--held-comments"))
        {
            eprintln!("lectern-cli import: unknown option {unknown}\n\n{USAGE}");
            return 2;
        }
        let dry_run = flags.contains(&"--dry-run");
        let (export, out) = match (paths.as_slice(), dry_run) {
            ([export, out], _) => (*export, Some(*out)),
            ([export], true) => (*export, None),
            _ => {
                eprintln!(
                    "lectern-cli import: give the export file and the folder to write\n\n{USAGE}"
                );
                return 2;
            }
        };
        let options = Options {
            held_comments: flags.contains(&"--held-comments"),
        };
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(0);
            if let Ok(style) =
                ProgressStyle::with_template("{bar:30} {pos}/{len} items  {wide_msg}")
            {
                bar.set_style(style);
            }
            bar
        });
        let mut on_progress = |p: &Progress| {
            if let Some(bar) = &bar {
                bar.set_length(p.total as u64);
                bar.set_position(p.done as u64);
                bar.set_message(p.title.clone());
            }
        };
        let out_path = if dry_run { None } else { out.map(Path::new) };
        let result = import_export(Path::new(export), out_path, options, &mut on_progress);
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        match result {
            Ok(summary) => {
                print!("{}", report(&summary, out_path, dry_run));
                0
            }
            Err(error) => {
                eprintln!("lectern-cli import: {error}");
                1
            }
        }
    }

    /// The summary printed at the end.
    fn report(summary: &Summary, out: Option<&Path>, dry_run: bool) -> String {
        let mut text = String::new();
        let total: usize = summary.imported.values().sum();
        let kinds: Vec<String> = summary
            .imported
            .iter()
            .map(|(kind, n)| format!("{n} {kind}{}", if *n == 1 { "" } else { "s" }))
            .collect();
        let verb = if dry_run { "would import" } else { "imported" };
        text.push_str(&format!(
            "{verb} {total} ({}){}\n",
            if kinds.is_empty() {
                "nothing".to_owned()
            } else {
                kinds.join(", ")
            },
            out.map(|o| format!(" into {}", o.display()))
                .unwrap_or_default()
        ));
        let c = summary.comments;
        text.push_str(&format!(
            "comments: {} imported, {} held for moderation left out, {} spam or trash left out, {} pingbacks/trackbacks left out\n",
            c.imported, c.held, c.spam, c.pings
        ));
        if !summary.skipped.is_empty() {
            text.push_str("skipped:\n");
            for (why, n) in &summary.skipped {
                text.push_str(&format!("  {n} {why}\n"));
            }
        }
        for (title, why) in &summary.invalid {
            text.push_str(&format!("not imported: {title:?}: {why}\n"));
        }
        if !summary.warnings.is_empty() {
            text.push_str("warnings:\n");
            for (file, warnings) in &summary.warnings {
                for warning in warnings {
                    text.push_str(&format!("  {file}: {warning}\n"));
                }
            }
        }
        text
    }
}

/// The command line runs on the build machine, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
