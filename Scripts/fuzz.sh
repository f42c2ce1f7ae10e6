#!/usr/bin/env bash
# Builds Verbatim's fuzz targets with libFuzzer and AddressSanitizer into .build-fuzz, seeds
# them with the project's own fixtures, and runs one target or all of them for a given time.
#
# Usage: Scripts/fuzz.sh [TARGET|all] [SECONDS] [-- LIBFUZZER-OPTIONS...]
#   TARGET: FuzzScript FuzzQuotes FuzzHTML FuzzSessionFile FuzzCorpus FuzzPluginAnswer (default all)
#   SECONDS: how long each target runs (default 60)
# Crashing inputs go to .build-fuzz/crashes/TARGET/; the corpus grows in .build-fuzz/corpus/TARGET/.
# Exits with 1 when a target crashed. CI runs a short smoke: Scripts/fuzz.sh all 60 -- -runs=2000 -seed=1
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi

all=(FuzzScript FuzzQuotes FuzzHTML FuzzSessionFile FuzzCorpus FuzzPluginAnswer)
target="${1:-all}"
seconds="${2:-60}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
if [ "$target" = "all" ]; then targets=("${all[@]}"); else targets=("$target"); fi

build=.build-fuzz
swift build --package-path Fuzz --scratch-path "$build" -c release \
    -Xswiftc -sanitize=fuzzer,address >&2

seed() {  # seed TARGET: the project's fixtures as a starting corpus
    local dir="$build/seeds/$1"
    mkdir -p "$dir"
    case "$1" in
        FuzzScript) cp Scripts/*.vsh Scripts/examples/*.vsh "$dir/" ;;
        FuzzQuotes) cp Scripts/articles/*.txt "$dir/" ;;
        FuzzHTML)
            cat > "$dir/page.html" <<'HTML'
<html><head><title>Bridge</title><meta property="og:site_name" content="Gazette"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-03","author":{"name":"Priya"}}</script></head>
<body><nav><a href="/">Home</a></nav><article class="article-body"><p>“We will rebuild,” said Mayor Elena Marsh, on Tuesday.</p><figure><figcaption>Photo</figcaption></figure>
<blockquote class="twitter-tweet"><p>Closed in May.</p>&mdash; Gazette (@gazette) <a href="https://twitter.com/g/status/1">March 3, 2026</a></blockquote></article></body></html>
HTML
            # Deeper than libxml2 goes, so the nesting cap is fuzzed too.
            { printf '<html><body>'; for _ in $(seq 300); do printf '<div>'; done
              printf '<p>“Deep,” she said.</p></span></div><!-- <div> --><br/>'; } > "$dir/deep.html"
            ;;
        FuzzSessionFile)
            verbatim=.build/debug/verbatim
            [ -x "$verbatim" ] || swift build --product verbatim >&2
            "$verbatim" -c "load Scripts/articles; save $dir/session.json" >/dev/null
            ;;
        FuzzCorpus)
            printf '%s\n' '{"id": "a", "text": "“Quote,” she said.", "outlet": "X", "n": 1, "ok": true}' \
                '{"html": "<p>Text of a page, with words.</p>", "title": "T"}' 'not json' > "$dir/corpus.jsonl"
            printf '%s' '[{"text": "First."}, {"title": "no text"}]' > "$dir/array.json"
            ;;
        FuzzPluginAnswer)
            printf '%s\n' '{"type":"message","level":"warning","text":"x"}' \
                '{"type":"result","columns":["a","b"],"rows":[["x",1],[null,true]],"changes":[{"change":"set-field","on":"quote","id":"q1","field":"f","value":2}]}' > "$dir/answer.jsonl"
            printf '%s' '{"type":"description","version":1,"plugin":"p","commands":[{"name":"c","summary":"s","options":[{"name":"top","value":"N"}]}]}' > "$dir/description.json"
            ;;
    esac
}

crashed=()
for name in "${targets[@]}"; do
    seed "$name"
    mkdir -p "$build/corpus/$name" "$build/crashes/$name"
    echo "== $name for $seconds s" >&2
    "$build/release/$name" "$build/corpus/$name" "$build/seeds/$name" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$build/crashes/$name/" -print_final_stats=1 "$@" || crashed+=("$name")
done
if [ ${#crashed[@]} -gt 0 ]; then
    echo "crashed: ${crashed[*]} (inputs in $build/crashes/)" >&2
    exit 1
fi
