#!/usr/bin/env bash
# Measures what a user feels of Verbatim's speed and memory, beside the anchors run on the
# same files in the same run on this machine, and prints one table of ratios (Markdown, with
# the date and the machine): extraction alone and `load` as a whole process against textacy
# 0.13 + spaCy's small English pipeline, web pages loaded against trafilatura 2.3.1 and
# against libxml2's parse alone, memory per megabyte of text, load time as the corpus grows
# tenfold, listings on a session of 9,240 articles, compare at 1,000 and 10,000 articles
# (100,000 with BIG=1), and start-up against sqlite3's. No figure divides by a remembered
# constant. Needs ../shared and PyPI the first time (Scripts/bench/anchors.sh); not run by
# CI or the tests; takes about four minutes (textacy, run twice, is slow).
#
#   Scripts/bench/run.sh               release build, all figures
#   BIG=1 Scripts/bench/run.sh         also compare at 100,000 articles (several minutes more)
#   SHARED=/path/to/shared Scripts/bench/run.sh
set -euo pipefail
if [ -d "${SHARED:-}" ]; then SHARED=$(cd "$SHARED" && pwd); fi
cd "$(dirname "$0")/../.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
source Scripts/quoted.sh
shared=${SHARED:-../shared}
polnear=$shared/corpus/polnear
pages=$shared/corpus/article-extraction
for needed in "$polnear/train/text" "$polnear/dev/text" "$pages/html"; do
    if [ ! -d "$needed" ]; then
        echo "run.sh: no $needed (set SHARED to the folder holding corpus/)" >&2
        exit 2
    fi
done
python=$(Scripts/bench/anchors.sh)
# Built as Scripts/install.sh builds it (the Swift libraries linked in, which halves the
# start-up), in a folder of its own so that it does not rebuild .build/release.
swift build -c release --static-swift-stdlib --scratch-path .build-static >&2
verbatim=$(pwd)/.build-static/release/verbatim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
figures=$work/figures.tsv
: >"$figures"
note() { echo "run.sh: $*" >&2; }
record() { printf '%s\t%s\n' "$1" "$2" >>"$figures"; }

# best SECONDS_VAR RSS_VAR ROUNDS COMMAND...: the fastest wall time of ROUNDS runs and the
# largest peak resident memory of one run (KB).
best() {
    local seconds_var=$1 rss_var=$2 rounds=$3
    shift 3
    local measured
    measured=$(python3 Scripts/bench/timed.py "$rounds" "$@")
    printf -v "$seconds_var" '%s' "${measured% *}"
    printf -v "$rss_var" '%s' "${measured#* }"
}

note "textacy on PolNeAR dev (about a minute)"
"$python" Scripts/bench/textacy_quotes.py "$polnear/dev" --by article --out "$work/textacy.jsonl" >"$work/textacy.json"
record textacy_words_per_s "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["words_per_second"])' "$work/textacy.json")"

note "Verbatim's extraction alone"
"$verbatim" -q -n -c "benchmark $(quoted "$polnear/train/text") $(quoted "$polnear/dev/text") --format json" >"$work/benchmark.json"
record extraction_words_per_s "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["words_per_s"])' "$work/benchmark.json")"
words=$(cat "$polnear"/train/text/*.txt "$polnear"/dev/text/*.txt | wc -w)
record polnear_words "$words"

note "load of 924 PolNeAR files as a process, one core and all cores"
load_polnear="load $(quoted "$polnear/train/text") $(quoted "$polnear/dev/text")"
best seconds rss 5 "$verbatim" -q -n -c "$load_polnear --jobs 1; export quotes --to /dev/null"
record load_one_core_s "$seconds"
best seconds rss 5 "$verbatim" -q -n -c "$load_polnear; export quotes --to /dev/null"
record load_all_cores_s "$seconds"
best seconds rss 7 "$verbatim" -q -n -c "$load_polnear --jobs 1"
record load_alone_one_core_s "$seconds"
best seconds rss 7 "$verbatim" -q -n -c "$load_polnear"
record load_alone_all_cores_s "$seconds"
record cores "$(nproc)"
# The machine's own ceiling: as many independent one-core loads at once as there are cores.
# Cores that share a physical core or memory bandwidth finish them in more than one load's time.
printf -v one_core_load '%q ' "$verbatim" -q -n -c "$load_polnear --jobs 1"
best seconds rss 7 bash -c "for core in \$(seq $(nproc)); do $one_core_load & done; wait"
record independent_loads_s "$seconds"

note "trafilatura and Verbatim on the 88 article-extraction pages"
"$python" Scripts/bench/trafilatura_bodies.py "$pages" --rounds 3 >"$work/trafilatura.json"
record trafilatura_pages_per_s "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pages_per_second"])' "$work/trafilatura.json")"
best seconds rss 5 "$verbatim" -q -n -c "load $(quoted "$pages/html") --jobs 1"
record html_load_s "$seconds"
best seconds rss 5 "$verbatim" -q -n -c "load $(quoted "$pages/html")"
record html_load_all_cores_s "$seconds"
record html_pages "$(ls "$pages"/html | wc -l)"
"$verbatim" -q -n -c "benchmark-html $(quoted "$pages") --format json" >"$work/benchmark-html.json"
record html_parse_pages_per_s "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["parse_pages_per_s"])' "$work/benchmark-html.json")"
record html_read_pages_per_s "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["pages_per_s"])' "$work/benchmark-html.json")"

note "PolNeAR ten times over (9,240 articles, one corpus file), and one 20 MB paragraph"
python3 - "$polnear" "$work" <<'PYTHON'
import glob, json, os, sys
polnear, work = sys.argv[1], sys.argv[2]
texts = [open(path, encoding="utf-8", newline="").read()
         for part in ("train", "dev") for path in sorted(glob.glob(os.path.join(polnear, part, "text", "*.txt")))]
with open(os.path.join(work, "polnear-x10.jsonl"), "w", encoding="utf-8") as out:
    for copy in range(10):
        for index, text in enumerate(texts):
            out.write(json.dumps({"id": f"c{copy}-{index}", "text": text}) + "\n")
for name, sentence in (("paragraph.txt", "The council met on Tuesday and agreed to pay for the bridge repairs, said Elena Marsh. "),
                       ("quoted-paragraph.txt", "“We will rebuild the bridge before the winter,” said Elena Marsh, and the council agreed. ")):
    with open(os.path.join(work, name), "w", encoding="utf-8") as out:
        out.write(sentence * (20_000_000 // len(sentence.encode())))
PYTHON
record x10_megabytes "$(python3 -c 'import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)' "$work/polnear-x10.jsonl")"
best seconds rss 3 "$verbatim" -q -n -c "load $(quoted "$work/polnear-x10.jsonl") --jobs 1"
record x10_load_one_core_s "$seconds"
record x10_rss_kb "$rss"
best seconds rss 1 "$verbatim" -q -n -c "load $(quoted "$work/paragraph.txt") --jobs 1"
record paragraph_megabytes "$(python3 -c 'import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)' "$work/paragraph.txt")"
record paragraph_rss_kb "$rss"
record paragraph_s "$seconds"
best seconds rss 1 "$verbatim" -q -n -c "load $(quoted "$work/quoted-paragraph.txt") --jobs 1"
record quoted_paragraph_rss_kb "$rss"
record quoted_paragraph_s "$seconds"
best seconds rss 1 "$verbatim" -q -n -c "echo"
record base_rss_kb "$rss"

note "listings on a session of 9,240 articles"
"$verbatim" -q -n -c "load $(quoted "$work/polnear-x10.jsonl")
option timing on
articles --to /dev/null
quotes --to /dev/null
speakers --to /dev/null
quotes --speaker trump --to /dev/null" 2>"$work/listings.txt" >/dev/null
python3 - "$work/listings.txt" "$figures" <<'PYTHON'
import re, sys
times = [float(m) for m in re.findall(r"time: ([0-9.]+) s", open(sys.argv[1]).read())]
names = ["articles_s", "quotes_s", "speakers_s", "quotes_speaker_s"]
with open(sys.argv[2], "a") as out:
    for name, seconds in zip(names, times):
        out.write(f"{name}\t{seconds}\n")
PYTHON

sizes=1000,10000
if [ -n "${BIG:-}" ]; then sizes=$sizes,100000; fi
for size in ${sizes//,/ }; do
    note "compare-benchmark at $size articles"
    python3 Scripts/bench/timed.py --out "$work/compare.json" 1 "$verbatim" -q -n -c "compare-benchmark $(quoted "$polnear/train/text") $(quoted "$polnear/dev/text") --sizes $size --format json" >"$work/time"
    record "compare_${size}_s" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["seconds"])' "$work/compare.json")"
    record "compare_${size}_rss_kb" "$(cut -d' ' -f2 "$work/time")"
done

# The machine's speed drifts within minutes: textacy runs again after Verbatim, and the faster
# of its two runs is the anchor, so that no ratio rests on the anchor's slow moment.
note "textacy again (about a minute)"
"$python" Scripts/bench/textacy_quotes.py "$polnear/dev" --by article --out "$work/textacy.jsonl" >"$work/textacy.json"
record textacy_again_words_per_s "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["words_per_second"])' "$work/textacy.json")"

note "start-up"
best seconds rss 20 "$verbatim" -q -n -c "echo x"
record startup_s "$seconds"
if command -v sqlite3 >/dev/null; then
    best seconds rss 20 sqlite3 :memory: "select 1"
    record sqlite3_startup_s "$seconds"
fi

python3 - "$figures" "$(date -u +%Y-%m-%d)" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" <<'PYTHON'
import sys
f = {}
for line in open(sys.argv[1]):
    name, value = line.rstrip("\n").split("\t")
    f[name] = float(value)
date, cores, cpu = sys.argv[2], sys.argv[3], sys.argv[4]
words = f["polnear_words"]
textacy = max(f["textacy_words_per_s"], f["textacy_again_words_per_s"])
rows = []
def row(work, verbatim, anchor, ratio, goal):
    rows.append((work, verbatim, anchor, ratio, goal))
def wps(seconds): return words / seconds
row("extraction alone (`benchmark`, 924 PolNeAR articles, one core)", f"{f['extraction_words_per_s'] / 1e6:.2f} M words/s",
    f"textacy: {textacy:,.0f} words/s (the faster of a run before and one after)", f"{f['extraction_words_per_s'] / textacy:,.0f}×", "—")
row("`load` 924 PolNeAR files + `export quotes`, a whole process, one core (`--jobs 1`)",
    f"{f['load_one_core_s']:.2f} s = {wps(f['load_one_core_s']) / 1e6:.2f} M words/s", "same textacy anchor",
    f"{wps(f['load_one_core_s']) / textacy:,.0f}×", "≥ 500×")
row(f"the same on all {cores} cores", f"{f['load_all_cores_s']:.2f} s = {wps(f['load_all_cores_s']) / 1e6:.2f} M words/s",
    "same textacy anchor", f"{wps(f['load_all_cores_s']) / textacy:,.0f}×", "—")
ceiling = int(cores) * f["load_alone_one_core_s"] / f["independent_loads_s"]
row(f"`load` alone, all {cores} cores against one", f"{f['load_alone_all_cores_s']:.2f} s against {f['load_alone_one_core_s']:.2f} s",
    f"{cores} independent one-core loads at once: {ceiling:.2f}× (the machine's ceiling)",
    f"{f['load_alone_one_core_s'] / f['load_alone_all_cores_s']:.2f}× ({f['load_alone_one_core_s'] / f['load_alone_all_cores_s'] / ceiling:.0%} of the ceiling)", "≥ 1.8×")
pages_per_s = f["html_pages"] / f["html_load_s"]
row(f"`load` {f['html_pages']:.0f} web pages, a whole process, one core", f"{f['html_load_s']:.2f} s = {pages_per_s:.0f} pages/s",
    f"trafilatura: {f['trafilatura_pages_per_s']:.0f} pages/s (extraction alone)", f"{pages_per_s / f['trafilatura_pages_per_s']:.1f}×", "≥ 9×")
all_pages_per_s = f["html_pages"] / f["html_load_all_cores_s"]
row(f"the same on all {cores} cores", f"{f['html_load_all_cores_s']:.2f} s = {all_pages_per_s:.0f} pages/s", "same trafilatura run",
    f"{all_pages_per_s / f['trafilatura_pages_per_s']:.1f}×", "≥ 9×")
row("reading those pages into articles (`benchmark-html`: body and metadata, pages in memory)",
    f"{f['html_read_pages_per_s']:.0f} pages/s", f"libxml2's parse alone: {f['html_parse_pages_per_s']:.0f} pages/s",
    f"{f['html_read_pages_per_s'] / f['html_parse_pages_per_s']:.2f}", "≥ 0.92")
text_mb = f["x10_megabytes"]
row(f"peak memory of `load`, PolNeAR ×10 ({text_mb:.1f} MB corpus file)", f"{f['x10_rss_kb'] / 1e3:.0f} MB",
    f"the text: {text_mb:.1f} MB; `echo` alone: {f['base_rss_kb'] / 1e3:.0f} MB", f"{f['x10_rss_kb'] / 1e3 / text_mb:.1f}× the text", "≤ 3×")
row(f"peak memory of `load`, one {f['paragraph_megabytes']:.0f} MB paragraph of narration", f"{f['paragraph_rss_kb'] / 1e3:.0f} MB in {f['paragraph_s']:.1f} s",
    f"the text: {f['paragraph_megabytes']:.0f} MB", f"{f['paragraph_rss_kb'] / 1e3 / f['paragraph_megabytes']:.1f}× the text", "≤ 3×")
row(f"the same paragraph made of quotations (one a sentence, every one kept)", f"{f['quoted_paragraph_rss_kb'] / 1e3:.0f} MB in {f['quoted_paragraph_s']:.1f} s",
    f"the text: {f['paragraph_megabytes']:.0f} MB", f"{f['quoted_paragraph_rss_kb'] / 1e3 / f['paragraph_megabytes']:.1f}× the text", "—")
row("`load` time as the corpus grows (PolNeAR ×10 over ×1, one core)", f"{f['x10_load_one_core_s']:.2f} s against {f['load_one_core_s']:.2f} s",
    "—", f"{f['x10_load_one_core_s'] / f['load_one_core_s']:.1f}× for 10× the articles", "≤ 10.5×")
for name, label in (("articles_s", "articles"), ("quotes_s", "quotes"), ("speakers_s", "speakers"), ("quotes_speaker_s", "quotes --speaker trump")):
    if name in f:
        row(f"`{label}` on 9,240 articles (written to /dev/null)", f"{f[name] * 1000:.0f} ms", "—", "—", "≤ 100 ms")
for size in (1000, 10000, 100000):
    if f"compare_{size}_s" in f:
        row(f"`compare-benchmark` {size:,} articles", f"{f[f'compare_{size}_s']:.1f} s, {f[f'compare_{size}_rss_kb'] / 1e3:.0f} MB", "—",
            f"{f[f'compare_{size}_s'] / f[f'compare_{size // 10}_s']:.1f}× the time of {size // 10:,}" if size > 1000 else "—",
            "100,000 within 10× of 10,000, < 4 GB" if size == 100000 else "—")
startup = f["startup_s"]
sqlite = f.get("sqlite3_startup_s")
row("start-up to the first command (`-c 'echo x'`, plugins found)", f"{startup * 1000:.0f} ms",
    f"sqlite3: {sqlite * 1000:.0f} ms" if sqlite is not None else "—", f"{startup / sqlite:.1f}×" if sqlite else "—", "≤ 20 ms")
print(f"Measured {date} on {cores} cores ({cpu}), release build linked as Scripts/install.sh links it; "
      "wall times are the fastest of several runs.\n")
print("| work | Verbatim | anchor, same run | ratio | goal |")
print("|---|---|---|---|---|")
for work, verbatim, anchor, ratio, goal in rows:
    print(f"| {work} | {verbatim} | {anchor} | {ratio} | {goal} |")
PYTHON
