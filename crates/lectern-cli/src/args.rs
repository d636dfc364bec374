//! The command line's arguments read into what each command needs, with the message a person
//! sees when they are wrong (the command prints it with the usage and exits with status 2).

use lectern_cli::publish::PublishOptions;
use lectern_wordpress::export::item::Options;

/// The help text: printed for `--help`, and under every argument error.
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

/// `lectern-cli import`: where from, where to, and how.
pub struct ImportArgs {
    /// An export file, a saved REST answer, or a site's address.
    pub source: String,
    /// The folder to write; `None` for a dry run.
    pub out: Option<String>,
    /// A saved `wp/v2/comments` answer to take comments from (saved REST answers only).
    pub comments: Option<String>,
    /// Read and summarise, write nothing.
    pub dry_run: bool,
    /// What to take besides approved comments.
    pub options: Options,
}

/// `lectern-cli publish`: the posts, the reader's build, the folder and the site's options.
pub struct PublishArgs {
    /// A post file or a folder of them.
    pub input: String,
    /// The reader's release build (`dist/`).
    pub reader: String,
    /// The folder to write.
    pub out: String,
    /// Site name, base address, home post.
    pub options: PublishOptions,
}

/// `lectern-cli edition`: one post as a single HTML file.
pub struct EditionArgs {
    /// The post file.
    pub post: String,
    /// The file to write; `None` for `<reader>/offline/<post id>.html`.
    pub out: Option<String>,
    /// The reader's release build (`dist/`).
    pub reader: String,
}

/// Reads `import`'s arguments.
pub fn import_args(args: &[String]) -> Result<ImportArgs, String> {
    let mut flags = Vec::new();
    let mut paths = Vec::new();
    let mut comments = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if let Some(file) = arg.strip_prefix("--comments=") {
            comments = Some(file.to_owned());
        } else if arg == "--comments" {
            let file = rest.next().ok_or("--comments needs a file")?;
            comments = Some(file.clone());
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
        return Err(format!("unknown option {unknown}"));
    }
    let dry_run = flags.contains(&"--dry-run");
    let (source, out) = match (paths.as_slice(), dry_run) {
        ([source, out], _) => (*source, Some(*out)),
        ([source], true) => (*source, None),
        _ => return Err("give the source and the folder to write".to_owned()),
    };
    Ok(ImportArgs {
        source: source.to_owned(),
        out: if dry_run {
            None
        } else {
            out.map(str::to_owned)
        },
        comments,
        dry_run,
        options: Options {
            held_comments: flags.contains(&"--held-comments"),
        },
    })
}

/// Reads `publish`'s arguments (`--name value` or `--name=value`).
pub fn publish_args(args: &[String]) -> Result<PublishArgs, String> {
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
        let value = inline
            .or_else(|| rest.next().cloned())
            .ok_or_else(|| format!("{name} needs a value"))?;
        match name {
            "--reader" => reader = value,
            "--site-name" => options.site_name = Some(value),
            "--base-url" => options.base_url = Some(value),
            "--home" => options.home = Some(value),
            _ => return Err(format!("unknown option {name}")),
        }
    }
    let [input, out] = paths.as_slice() else {
        return Err("give the posts and the folder to write".to_owned());
    };
    Ok(PublishArgs {
        input: input.clone(),
        reader,
        out: out.clone(),
        options,
    })
}

/// Reads `edition`'s arguments.
pub fn edition_args(args: &[String]) -> Result<EditionArgs, String> {
    let mut reader = "dist".to_owned();
    let mut paths = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if let Some(value) = arg.strip_prefix("--reader=") {
            reader = value.to_owned();
        } else if arg == "--reader" {
            reader = rest.next().ok_or("--reader needs a folder")?.clone();
        } else {
            paths.push(arg.clone());
        }
    }
    match paths.as_slice() {
        [post] => Ok(EditionArgs {
            post: post.clone(),
            out: None,
            reader,
        }),
        [post, out] => Ok(EditionArgs {
            post: post.clone(),
            out: Some(out.clone()),
            reader,
        }),
        _ => Err("give one post file".to_owned()),
    }
}
