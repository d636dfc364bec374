//! Lectern's command line (see the README):
//! - `lectern-cli import <source> <out-folder>`: WordPress posts (an export file, saved REST
//!   answers, or a live site) into one Lectern post file per published post and page;
//! - `lectern-cli publish <posts> <out-folder>`: Lectern posts as a static site, each post
//!   prerendered on its own page, with a list, a feed and offline reading.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("import") => cli::import(&args[1..]),
        Some("publish") => cli::publish(&args[1..]),
        Some("edition") => cli::edition(&args[1..]),
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
    use lectern::import::site::import_site;
    use lectern::import::{Progress, Summary, import_export, import_rest_files};
    use lectern::publish::PublishOptions;

    pub const USAGE: &str = "usage: lectern-cli import <source> <out-folder> [--comments <file>] [--held-comments] [--dry-run]

  import   Posts from WordPress into one Lectern post file (<slug>.json) per published post and
           page, in <out-folder> (new or empty; written only when everything worked). <source>:
             a WordPress export (Tools → Export: a .xml file of any size),
             a saved REST answer (wp/v2/posts or wp/v2/pages: one post, or a list),
             or the address of a WordPress site or post (read through its REST API).
           Drafts, private and password-protected posts are skipped and counted; only approved
           comments are taken; pingbacks and trackbacks are left out.
  --comments <file>  with a saved REST answer: a saved wp/v2/comments answer to take from
  --held-comments    also comments awaiting moderation (an export or an authorised answer has them)
  --dry-run          read everything and print the summary; write nothing

usage: lectern-cli publish <post.json | posts-folder> <out-folder> [--reader <dist>] [--site-name <name>] [--base-url <url>] [--home <post-id>]

  publish  Lectern posts as a static site in <out-folder> (new or empty): each post prerendered
           on a page of its own (<id>.html: readable without JavaScript, then the reader),
           a list of the posts (index.html), feed.json (JSON Feed 1.1), meta for link previews,
           and the service worker's list for offline reading. Relative addresses only.
  --reader <dist>      the reader's release build (default dist/, from `trunk build --release`)
  --site-name <name>   the list's and the feed's title (default \"Posts\")
  --base-url <url>     where the site will be served, for absolute links in the feed and meta
  --home <post-id>     that post's page is also index.html (the list is then posts.html)

usage: lectern-cli edition <post.json> [<out.html>] [--reader <dist>]

  edition  One post as a single HTML file that reads from disk with no server: the reader, its
           styles, its wasm and the post inlined (default out: <dist>/offline/<post id>.html).";

    /// Runs `edition`; the process's exit code.
    pub fn edition(args: &[String]) -> i32 {
        let mut reader = "dist".to_owned();
        let mut paths = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if let Some(value) = arg.strip_prefix("--reader=") {
                reader = value.to_owned();
            } else if arg == "--reader" {
                match rest.next() {
                    Some(value) => reader = value.clone(),
                    None => {
                        eprintln!("lectern-cli edition: --reader needs a folder\n\n{USAGE}");
                        return 2;
                    }
                }
            } else {
                paths.push(arg.as_str());
            }
        }
        let (post, out) = match paths.as_slice() {
            [post] => (*post, None),
            [post, out] => (*post, Some(Path::new(*out))),
            _ => {
                eprintln!("lectern-cli edition: give one post file\n\n{USAGE}");
                return 2;
            }
        };
        match lectern::publish::edition::write_edition(Path::new(&reader), Path::new(post), out) {
            Ok(path) => {
                println!("offline edition written: {}", path.display());
                0
            }
            Err(error) => {
                eprintln!("lectern-cli edition: {error}");
                1
            }
        }
    }

    /// Runs `publish`; the process's exit code.
    pub fn publish(args: &[String]) -> i32 {
        let mut options = PublishOptions::default();
        let mut reader = "dist".to_owned();
        let mut paths = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            if !name.starts_with("--") {
                paths.push(arg.clone());
                continue;
            }
            let Some(value) = inline.or_else(|| rest.next().cloned()) else {
                eprintln!("lectern-cli publish: {name} needs a value\n\n{USAGE}");
                return 2;
            };
            match name {
                "--reader" => reader = value,
                "--site-name" => options.site_name = Some(value),
                "--base-url" => options.base_url = Some(value),
                "--home" => options.home = Some(value),
                _ => {
                    eprintln!("lectern-cli publish: unknown option {name}\n\n{USAGE}");
                    return 2;
                }
            }
        }
        let [input, out] = paths.as_slice() else {
            eprintln!("lectern-cli publish: give the posts and the folder to write\n\n{USAGE}");
            return 2;
        };
        match lectern::publish::publish(
            Path::new(input),
            Path::new(&reader),
            Path::new(out),
            &options,
        ) {
            Ok(summary) => {
                println!(
                    "published {} page{} into {} (list: {}, feed.json, {} files for offline reading)",
                    summary.pages.len(),
                    if summary.pages.len() == 1 { "" } else { "s" },
                    out,
                    summary.listing,
                    summary.precached
                );
                for (file, why) in &summary.invalid {
                    println!("not published: {file}: {why}");
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
    pub fn import(args: &[String]) -> i32 {
        let mut flags = Vec::new();
        let mut paths = Vec::new();
        let mut comments = None;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if let Some(file) = arg.strip_prefix("--comments=") {
                comments = Some(file.to_owned());
            } else if arg == "--comments" {
                match rest.next() {
                    Some(file) => comments = Some(file.clone()),
                    None => {
                        eprintln!("lectern-cli import: --comments needs a file\n\n{USAGE}");
                        return 2;
                    }
                }
            } else if arg.starts_with("--") {
                flags.push(arg.as_str());
            } else {
                paths.push(arg.as_str());
            }
        }
        if let Some(unknown) = flags
            .iter()
            .find(|f| !matches!(**f, "--dry-run" | "--held-comments"))
        {
            eprintln!("lectern-cli import: unknown option {unknown}\n\n{USAGE}");
            return 2;
        }
        let dry_run = flags.contains(&"--dry-run");
        let (source, out) = match (paths.as_slice(), dry_run) {
            ([source, out], _) => (*source, Some(*out)),
            ([source], true) => (*source, None),
            _ => {
                eprintln!("lectern-cli import: give the source and the folder to write\n\n{USAGE}");
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
        let result = match kind_of(source) {
            Ok(Kind::Site) => import_site(source, out_path, options, &mut on_progress),
            Ok(Kind::Export) => {
                import_export(Path::new(source), out_path, options, &mut on_progress)
            }
            Ok(Kind::Rest) => import_rest_files(
                Path::new(source),
                comments.as_deref().map(Path::new),
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
                print!("{}", report(&summary, out_path, dry_run));
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
}

/// The command line runs on the build machine, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
