#!/usr/bin/env bash
# Coverage-guided fuzzing on stable Rust (libFuzzer through libfuzzer-sys; see docs/fuzzing.md).
#   scripts/fuzz.sh [SECONDS] [TARGET…]   default: 60 seconds for each of post_input, wordpress_html
#   scripts/fuzz.sh --runs N [TARGET…]     N inputs each, from a fixed seed: the same inputs every
#                                          time (the test command's run, so CI is never red by luck)
# Seeds come from the project's posts and the WordPress data in tests/fixtures/wordpress/; the
# corpus a run grows is kept in fuzz/corpus/<target>/ (not committed), and a crash is written to
# fuzz/artifacts/<target>/ and fails the run with the input's path.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=()
corpora=fuzz/corpus
if [ "${1:-}" = "--runs" ]; then
  limit=(-runs="${2:?--runs needs a number}" -seed=1 -max_total_time=600)
  # Fixed runs start from the seeds alone (a fresh folder), so they are the same everywhere.
  corpora=fuzz/target/fixed-corpus
  rm -rf "$corpora"
  shift 2
else
  limit=(-max_total_time="${1:-60}")
  shift || true
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(post_input wordpress_html)

# The flags cargo-fuzz passes with `--sanitizer none`: all stable. Inline 8-bit counters and the
# PC table are libFuzzer's coverage; comparisons are traced so it can solve magic values.
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
export CARGO_TARGET_DIR="$PWD/fuzz/target"
# An explicit --target keeps the flags off build scripts and proc macros (they would not link).
host="$(rustc -vV | sed -n 's/^host: //p')"
# Not --locked: the fuzz crate's lock follows the reader's own (a dependency the reader gains is
# added here at build time; versions the reader pins are kept).
cargo build --release --manifest-path fuzz/Cargo.toml --bins --target "$host"

wordpress="tests/fixtures/wordpress"
for target in "${targets[@]}"; do
  corpus="$corpora/$target"
  artifacts="fuzz/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  case "$target" in
    post_input)
      cp -n static/posts/*.json tests/fixtures/*.json "$corpus"/ 2>/dev/null || true
      cp -n "$wordpress"/rest/*.json "$corpus"/ 2>/dev/null || true
      ;;
    wordpress_html)
      # Seeds: the post bodies of WordPress's REST answers, and the XSS vectors, one per file.
      node fuzz/html-seeds.mjs "$wordpress/rest" tests/fixtures/xss "$corpus" ;;
    *) ;;
  esac
  case "$target" in
    post_input) dict=fuzz/dictionaries/json.dict ;;
    wordpress_html) dict=fuzz/dictionaries/html.dict ;;
    *) echo "unknown fuzz target: $target" >&2; exit 2 ;;
  esac
  printf '\n--- fuzzing %s (%s)\n' "$target" "${limit[*]}"
  if ! "fuzz/target/$host/release/$target" "$corpus" -dict="$dict" "${limit[@]}" \
      -max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$artifacts/" \
      -print_final_stats=1 2> "fuzz/target/$target.log"; then
    tail -40 "fuzz/target/$target.log" >&2
    echo "fuzz target $target found a failing input; it is in $artifacts/" >&2
    exit 1
  fi
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ +DONE)' "fuzz/target/$target.log" || true
done
