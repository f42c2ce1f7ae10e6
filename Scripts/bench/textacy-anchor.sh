#!/usr/bin/env bash
# Runs textacy 0.13 + spaCy's small English pipeline and Verbatim side by side on a brat corpus
# and prints one table: quote precision, recall and F1, attribution accuracy, end-to-end F1 and
# words per second of each, and how many times faster Verbatim is than each textacy run, all
# measured in this run. textacy is run twice: given each article whole, and each paragraph
# (line) alone; its quotes are scored by the reference scorer score_quotes.py, Verbatim's by
# `eval` (the two agree, as Scripts/evaluate.sh checks). Needs PyPI the first time
# (Scripts/bench/anchors.sh); not run by CI or the tests.
#
#   Scripts/bench/textacy-anchor.sh [CORPUS]      default ../shared/corpus/polnear/dev
#   PROTOCOL=1 Scripts/bench/textacy-anchor.sh    score by protocol 1 (default 2)
#   SHARED=/path/to/shared                        where tools/score_quotes.py is (default ../shared)
set -euo pipefail
# CORPUS and SHARED as given, relative to where the script is run from.
corpus=${1:-}
if [ -d "$corpus" ]; then corpus=$(cd "$corpus" && pwd); fi
if [ -d "${SHARED:-}" ]; then SHARED=$(cd "$SHARED" && pwd); fi
cd "$(dirname "$0")/../.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
source Scripts/quoted.sh
corpus=${corpus:-../shared/corpus/polnear/dev}
shared=${SHARED:-../shared}
protocol=${PROTOCOL:-2}
scorer=$shared/tools/score_quotes.py
for needed in "$corpus/text" "$corpus/attributions" "$scorer"; do
    if [ ! -e "$needed" ]; then
        echo "textacy-anchor.sh: no $needed" >&2
        exit 2
    fi
done

python=$(Scripts/bench/anchors.sh)
verbatim=.build/release/verbatim
if [ ! -x "$verbatim" ]; then
    swift build -c release --product verbatim >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for by in article paragraph; do
    echo "textacy-anchor.sh: textacy by $by" >&2
    "$python" Scripts/bench/textacy_quotes.py "$corpus" --by "$by" --out "$work/textacy-$by.jsonl" >"$work/textacy-$by-speed.json"
    python3 "$scorer" --protocol "$protocol" "$corpus" "$work/textacy-$by.jsonl" >"$work/textacy-$by-scores.json"
done
echo "textacy-anchor.sh: Verbatim" >&2
"$verbatim" -q -c "eval $(quoted "$corpus") --protocol $protocol --format json" >"$work/verbatim-scores.json"
"$verbatim" -q -c "benchmark $(quoted "$corpus/text") --format json" >"$work/verbatim-speed.json"

python3 - "$work" "$protocol" <<'PYTHON'
import json, sys
work, protocol = sys.argv[1], sys.argv[2]
def load(name): return json.load(open(f"{work}/{name}.json"))
verbatim_scores, verbatim_speed = load("verbatim-scores")[0], load("verbatim-speed")[0]
rows = [("Verbatim", verbatim_scores["precision"], verbatim_scores["recall"], verbatim_scores["f1"],
         verbatim_scores["attribution"], verbatim_scores["e2e_f1"], verbatim_speed["words_per_s"])]
for by in ("article", "paragraph"):
    scores, speed = load(f"textacy-{by}-scores"), load(f"textacy-{by}-speed")
    rows.append((f"textacy by {by}", scores["precision"], scores["recall"], scores["f1"],
                 scores["attribution_accuracy"], scores["end_to_end_f1"], speed["words_per_second"]))
print(f"Scored by protocol {protocol}. Words per second: extraction alone, texts in memory, one process.")
header = ("system", "quote_P", "quote_R", "quote_F1", "attribution", "e2e_F1", "words_per_s", "verbatim_x")
print("%-20s %8s %8s %8s %11s %7s %12s %10s" % header)
for name, p, r, f1, attribution, e2e, words_per_s in rows:
    ratio = "" if name == "Verbatim" else "%.0f" % (verbatim_speed["words_per_s"] / words_per_s)
    print("%-20s %8.3f %8.3f %8.3f %11.3f %7.3f %12.0f %10s" % (name, p, r, f1, attribution, e2e, words_per_s, ratio))
PYTHON
