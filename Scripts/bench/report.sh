#!/usr/bin/env bash
# Measures `report` on a large session: PolNeAR with planted copies (compare-benchmark's
# generator; 10,000 articles by default, SIZE=N for another size), the time and peak memory to
# write the page beside `compare --all`'s time for the same table, its size, and how long
# headless Chromium takes to show it (first paint, page parsed, script run, elements built). Prints a Markdown table. Needs ../shared and Chromium
# (Scripts/install-browser.sh); not run by CI.
#
#   Scripts/bench/report.sh
set -euo pipefail
if [ -d "${SHARED:-}" ]; then SHARED=$(cd "$SHARED" && pwd); fi
cd "$(dirname "$0")/../.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
shared=${SHARED:-../shared}
size=${SIZE:-10000}
if [ ! -d "$shared/corpus/polnear" ]; then
    echo "report.sh: no $shared/corpus/polnear (set SHARED to the folder holding corpus/)" >&2
    exit 2
fi
bash Scripts/install-browser.sh
swift build -c release --product verbatim >&2
verbatim=.build/release/verbatim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source Scripts/quoted.sh

python3 Scripts/evaluation/polnear_jsonl.py "$shared/corpus/polnear" "$work/polnear.jsonl"
"$verbatim" -q -c "compare-benchmark $(quoted "$work/polnear.jsonl") --sizes $size --corpus $(quoted "$work/planted.jsonl")" >/dev/null
groups=$("$verbatim" -q -c "load $(quoted "$work/planted.jsonl"); report --format json" \
    | python3 -c 'import json, sys; report = json.load(sys.stdin); print(len(report["groups"]), len(report["outlets"]))')
written=$(python3 Scripts/bench/timed.py 1 "$verbatim" -q -c "load $(quoted "$work/planted.jsonl"); report --to $(quoted "$work/report.html")")
loaded=$(python3 Scripts/bench/timed.py 1 "$verbatim" -q -c "load $(quoted "$work/planted.jsonl")")
compared=$(python3 Scripts/bench/timed.py 1 "$verbatim" -q -c "load $(quoted "$work/planted.jsonl"); compare --all --format jsonl")
shown=$(python3 Scripts/bench/page_load.py "$work/report.html")
python3 - "$size" "$groups" "$written" "$loaded" "$compared" "$(wc -c <"$work/report.html")" "$shown" <<'PYTHON'
import json, sys
size, groups, written, loaded, compared, page_bytes, shown = sys.argv[1:]
groups, outlets = map(int, groups.split())
written_s, written_kb = map(float, written.split())
loaded_s = float(loaded.split()[0])
compared_s = float(compared.split()[0])
shown = json.loads(shown)
print("| articles | shared quotations | outlets | `report --to` (after `load`) | `compare --all` (after `load`) | peak memory | page | first paint | parsed | script run | elements |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
print(f"| {int(size):,} | {groups:,} | {outlets} | {written_s - loaded_s:.1f} s | {compared_s - loaded_s:.1f} s | {written_kb / 1e3:,.0f} MB | {int(page_bytes) / 1e6:.1f} MB "
      f"| {shown['first_paint_ms'] / 1e3:.1f} s | {shown['parsed_ms'] / 1e3:.1f} s | {shown['loaded_ms'] / 1e3:.1f} s | {shown['elements']:,} |")
PYTHON
