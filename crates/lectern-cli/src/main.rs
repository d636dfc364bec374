//! Lectern's command line (see the README):
//! - `lectern-cli import <source> <out-folder>`: WordPress posts (an export file, saved REST
//!   answers, or a live site) into one Lectern post file per published post and page;
//! - `lectern-cli publish <posts> <out-folder>`: Lectern posts as a static site, each post
//!   prerendered on its own page, with a list, a feed and offline reading;
//! - `lectern-cli edition <post.json>`: one post as a single HTML file that reads from disk.
//!
//! Arguments are read in `args`; the work is the library's (`import`, `publish`).

mod args;

use std::io::IsTerminal;
use std::path::Path;

use args::{EditionArgs, ImportArgs, PublishArgs, USAGE};
use indicatif::{ProgressBar, ProgressStyle};
use lectern_cli::import::site::import_site;
use lectern_cli::import::{Progress, Summary, import_export, import_rest_files};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let code = match args.first().map(String::as_str) {
        Some("import") => with_args("import", args::import_args(rest), import),
        Some("publish") => with_args("publish", args::publish_args(rest), publish),
        Some("edition") => with_args("edition", args::edition_args(rest), edition),
        Some("--help" | "-h" | "help") | None => {
            say(&format!("{USAGE}\n"));
            0
        }
        Some(other) => {
            eprintln!("lectern-cli: unknown command {other:?}\n\n{USAGE}");
            2
        }
    };
    std::process::exit(code);
}

/// Writes `text` to standard output. A reader that stops reading early (`| head`) is not an
/// error worth a panic: what it did not read is dropped.
fn say(text: &str) {
    let _ = std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes());
}

/// Runs `command` on arguments that were read, or says what is wrong with them (status 2).
fn with_args<A>(name: &str, args: Result<A, String>, command: fn(A) -> i32) -> i32 {
    match args {
        Ok(args) => command(args),
        Err(why) => {
            eprintln!("lectern-cli {name}: {why}\n\n{USAGE}");
            2
        }
    }
}

/// Runs `edition`; the process's exit code.
fn edition(args: EditionArgs) -> i32 {
    let out = args.out.as_deref().map(Path::new);
    match lectern_cli::publish::edition::write_edition(
        Path::new(&args.reader),
        Path::new(&args.post),
        out,
    ) {
        Ok(path) => {
            say(&format!("offline edition written: {}\n", path.display()));
            0
        }
        Err(error) => {
            eprintln!("lectern-cli edition: {error}");
            1
        }
    }
}

/// Runs `publish`; the process's exit code.
fn publish(args: PublishArgs) -> i32 {
    match lectern_cli::publish::publish(
        Path::new(&args.input),
        Path::new(&args.reader),
        Path::new(&args.out),
        &args.options,
    ) {
        Ok(summary) => {
            say(&format!(
                "published {} page{} into {} (list: {}, feed.json, {} files for offline reading)\n",
                summary.pages.len(),
                if summary.pages.len() == 1 { "" } else { "s" },
                args.out,
                summary.listing,
                summary.precached
            ));
            for (file, why) in &summary.invalid {
                say(&format!("not published: {file}: {why}\n"));
            }
            0
        }
        Err(error) => {
            eprintln!("lectern-cli publish: {error}");
            1
        }
    }
}

/// Runs `import`; the process's exit code.
fn import(args: ImportArgs) -> i32 {
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(0);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} items  {wide_msg}") {
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
    let source = args.source.as_str();
    let out_path = args.out.as_deref().map(Path::new);
    let options = args.options;
    let result = match kind_of(source) {
        Ok(Kind::Site) => import_site(source, out_path, options, &mut on_progress),
        Ok(Kind::Export) => import_export(Path::new(source), out_path, options, &mut on_progress),
        Ok(Kind::Rest) => import_rest_files(
            Path::new(source),
            args.comments.as_deref().map(Path::new),
            out_path,
            options,
            &mut on_progress,
        ),
        Err(why) => {
            eprintln!("lectern-cli import: {source}: {why}");
            return 1;
        }
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(summary) => {
            say(&report(&summary, out_path, args.dry_run));
            0
        }
        Err(error) => {
            eprintln!("lectern-cli import: {error}");
            1
        }
    }
}

/// What a source is.
enum Kind {
    Site,
    Export,
    Rest,
}

/// An address, or a file told by its first character (`<` XML, `{`/`[` JSON).
fn kind_of(source: &str) -> Result<Kind, String> {
    if source.starts_with("http://") || source.starts_with("https://") {
        return Ok(Kind::Site);
    }
    let mut file = std::fs::File::open(source).map_err(|e| e.to_string())?;
    let mut head = [0u8; 512];
    let read = std::io::Read::read(&mut file, &mut head).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&head[..read]);
    match text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .next()
    {
        Some('<') => Ok(Kind::Export),
        Some('{' | '[') => Ok(Kind::Rest),
        _ => Err("neither a WordPress export (XML) nor a saved REST answer (JSON)".to_owned()),
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
