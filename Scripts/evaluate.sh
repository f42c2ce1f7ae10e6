#!/usr/bin/env bash
# Checks Verbatim's figures on the corpora in ../shared (not part of this repository): quote
# extraction on corpus/seed and PolNeAR dev (eval, and the reference scorer score_quotes.py on
# `export quotes`, which must agree to 3 decimals, and on dev under protocol 1 as well), the
# verdicts on corpus/coverage-blinken, and article bodies on corpus/article-extraction
# (eval-html). Prints a table of the figures; exits 1 when one falls below its floor or the
# scorers disagree.
#
#   Scripts/evaluate.sh            builds verbatim (release) and checks
#   SHARED=/path/to/shared Scripts/evaluate.sh
set -euo pipefail
# SHARED as given, relative to where the script is run from.
if [ -d "${SHARED:-}" ]; then SHARED=$(cd "$SHARED" && pwd); fi
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
shared=${SHARED:-../shared}
corpus=$shared/corpus

# The floors are the figures the README and docs publish (release build). A figure below its
# floor fails the run; when a change raises a figure for good, raise its floor and the text.
# Counts of checks (seed_checks, blinken_verdicts) must all hold.
floors='
seed_f1           1.000  corpus/seed: quote F1 (eval, protocol 2)
seed_e2e_f1       1.000  corpus/seed: end-to-end F1
seed_checks       2      corpus/seed: each quote'"'"'s speaker, kind and cue; the speakers with roles and aliases
dev_precision     0.981  PolNeAR dev: quote precision
dev_recall        0.967  PolNeAR dev: quote recall
dev_f1            0.974  PolNeAR dev: quote F1
dev_attribution   0.928  PolNeAR dev: attribution accuracy
dev_e2e_f1        0.905  PolNeAR dev: end-to-end F1
blinken_verdicts  7      corpus/coverage-blinken: verdicts of compare --all that hold
blinken_report    1      corpus/coverage-blinken: the report in headless Chromium shows the three words Okey News changed, PTI unquoted, Reuters verbatim
pairs_accusatory  0.950  PolNeAR pairs labelled by hand: precision of accusatory verdicts (compare-eval)
planted_recall    0.970  compare-benchmark, 10,000 articles of PolNeAR: planted changes judged right
polnear_checks    2      compare --all over PolNeAR: no accusation inside one article, none between two spellings of one name
html_f1           0.972  corpus/article-extraction: article-body F1 (eval-html)
polnear_batch     2      PolNeAR as JSON Lines: batch extract on 1 and 2 threads gives the quotes of load + export quotes
planted_spark     2      compare-benchmark planted PolNeAR, 2,000 articles: batch compare and Spark (4 processes) give the table of compare --all
'

if [ ! -d "$corpus" ]; then
    echo "evaluate.sh: no $corpus (set SHARED to the folder holding corpus/)" >&2
    exit 2
fi
swift build -c release --product verbatim >&2
verbatim=.build/release/verbatim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A figure exact

source Scripts/quoted.sh

# Reads eval's JSON row into figure[PREFIX_COLUMN] (3 decimals, for the floors) and
# exact[PREFIX_COLUMN] (every digit, for the scorer) for the columns they use.
eval_figures() {
    local prefix=$1 json=$2
    for column in precision recall f1 attribution e2e_precision e2e_recall e2e_f1; do
        read -r "exact[${prefix}_$column]" "figure[${prefix}_$column]" < <(python3 -c \
            'import json, sys; value = json.load(sys.stdin)[0][sys.argv[1]]; print(value, round(value, 3))' "$column" <<<"$json")
    done
}

# score_quotes.py on `export quotes` of CORPUS/text must give eval's figures to 3 decimals (its
# own are rounded to 4, so they may differ by less than 0.0005), by protocol PROTOCOL (2 when
# not given).
check_scorer() {
    local prefix=$1 folder=$2 protocol=${3:-2} reference
    "$verbatim" -q -c "load $(quoted "$folder/text"); export quotes --to $(quoted "$work/$prefix.jsonl")"
    reference=$(python3 "$shared/tools/score_quotes.py" --protocol "$protocol" "$folder" "$work/$prefix.jsonl")
    for pair in precision:precision recall:recall f1:f1 attribution:attribution_accuracy \
                e2e_precision:end_to_end_precision e2e_recall:end_to_end_recall e2e_f1:end_to_end_f1; do
        local ours=${exact[${prefix}_${pair%%:*}]} theirs
        theirs=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$reference" "${pair#*:}")
        if ! awk -v a="$ours" -v b="$theirs" 'BEGIN { exit !(a - b < 0.0005 && b - a < 0.0005) }'; then
            echo "evaluate.sh: $prefix ${pair%%:*}: eval gives $ours, score_quotes.py $theirs" >&2
            disagreements=$((disagreements + 1))
        fi
    done
}

# How many of the given "DESCRIPTION<TAB>AWK CONDITION" checks hold on the TSV in $1; names
# those that do not on standard error.
count_checks() {
    local tsv=$1 held=0 description condition
    while IFS=$'\t' read -r description condition; do
        [ -z "$description" ] && continue
        if awk -F'\t' "BEGIN { found = 0 } $condition { found = 1 } END { exit !found }" "$tsv"; then
            held=$((held + 1))
        else
            echo "evaluate.sh: does not hold: $description" >&2
        fi
    done
    echo "$held"
}

disagreements=0
eval_figures seed "$("$verbatim" -q -c "eval $(quoted "$corpus/seed") --format json")"
eval_figures dev "$("$verbatim" -q -c "eval $(quoted "$corpus/polnear/dev") --format json")"
check_scorer seed "$corpus/seed"
check_scorer dev "$corpus/polnear/dev"
# Protocol 1 has no floor: only its agreement with the scorer is checked.
eval_figures dev_protocol1 "$("$verbatim" -q -c "eval $(quoted "$corpus/polnear/dev") --protocol 1 --format json")"
check_scorer dev_protocol1 "$corpus/polnear/dev" 1

# A small corpus written here, built so that the protocols score it apart: a direct quote whose
# Content leaves out its opening mark, a short quotation inside a paraphrase, a quote whose gold
# Source is the surname of the speaker a pronoun stands for, and a false alarm. The annotator
# id is four characters, as score_quotes.py expects.
fixture=$work/fixture
mkdir -p "$fixture/text" "$fixture/attributions"
python3 - "$fixture" <<'PYTHON'
import sys
folder = sys.argv[1]
text = ("Harbor news\n"
        "“We will open the harbor in May,” said Mayor Elena Marsh.\n"
        "Tomas Reyes said the ferry would run “every twenty minutes from dawn until the last boat is in” from the old pier.\n"
        "Reyes spoke next. “The budget is settled,” he said.\n"
        "Critics called it “a plan that nobody on the council has seen in writing” on Friday.\n")
def span(part, start=0):
    begin = text.index(part, start)
    return begin, begin + len(part)
lines, number = [], 0
def entity(label, part, start=0):
    global number
    number += 1
    begin, end = span(part, start)
    lines.append(f"T{number}\t{label} {begin} {end}\t{part}")
    return number
for index, (content, source, source_from) in enumerate([
        ("We will open the harbor in May,”", "Mayor Elena Marsh", 0),
        ("the ferry would run “every twenty minutes from dawn until the last boat is in” from the old pier", "Tomas Reyes", 0),
        ("“The budget is settled,”", "Reyes", text.index("Reyes spoke"))]):
    c = entity("Content", content)
    s = entity("Source", source, source_from)
    lines.append(f"E{index + 1}\tContent:T{c} Source:T{s}")
open(f"{folder}/text/harbor.txt", "w", encoding="utf-8").write(text)
open(f"{folder}/attributions/harbor_ab12.ann", "w", encoding="utf-8").write("\n".join(lines) + "\n")
PYTHON
for protocol in 1 2; do
    eval_figures "fixture_protocol$protocol" "$("$verbatim" -q -c "eval $(quoted "$fixture") --protocol $protocol --format json")"
    check_scorer "fixture_protocol$protocol" "$fixture" "$protocol"
done

# The seed article's quotes: speaker, kind and cue of each, in order; and its speakers.
"$verbatim" -q -c "load $(quoted "$corpus/seed/text"); quotes --kind all --format tsv" | tail -n +2 | cut -f3-5 >"$work/seed-quotes.tsv"
"$verbatim" -q -c "load $(quoted "$corpus/seed/text"); speakers --format tsv" | tail -n +2 >"$work/seed-speakers.tsv"
seed_checks=0
cmp -s "$work/seed-quotes.tsv" - <<'EOF' && seed_checks=$((seed_checks + 1)) || echo "evaluate.sh: seed quotes differ" >&2
Antony Blinken	direct	said
Antony Blinken	direct	said
Antony Blinken	partial	reiterated
	scare	
State Department	direct	
Antony Blinken	direct	said
Antony Blinken	partial	accused
Antony Blinken	direct	said
	scare	
EOF
cmp -s "$work/seed-speakers.tsv" - <<'EOF' && seed_checks=$((seed_checks + 1)) || echo "evaluate.sh: seed speakers differ" >&2
Antony Blinken	6	person	Secretary of State	Blinken
State Department	1	organization		
EOF
figure[seed_checks]=$seed_checks

# compare --all over the four outlets. Columns: 1 group, 2 article, 3 outlet, 6 quote,
# 8 verdict, 9 wording, 15 text, 16 changes.
"$verbatim" -q -c "load $(quoted "$corpus/coverage-blinken"); compare --all --format tsv" | tail -n +2 >"$work/blinken.tsv"
figure[blinken_verdicts]=$(count_checks "$work/blinken.tsv" <<'EOF'
Reuters carries the first sentence verbatim	$3 == "Reuters" && $15 ~ /^"The Kremlin/ && $8 == "verbatim"
Reuters carries the second sentence verbatim	$3 == "Reuters" && $15 ~ /^"To be clear/ && $8 == "verbatim"
Okey News altered sham, futile, mask	$3 == "Okey News" && $15 ~ /phony/ && $8 == "altered" && $16 == "[-sham-]{+phony+} [-futile-]{+failed+} [-mask-]{+disguise+}"
PTI carries the recognition sentence unquoted, spelled differently	$3 == "PTI" && $6 == "" && $15 ~ /^does not, and will never, recognise the legitimacy or outcome/ && $8 == "unquoted" && $9 == "variant"
PTI merges two sentences into one extended quote	$3 == "PTI" && $6 != "" && $15 ~ /The Kremlin/ && $15 ~ /To be clear/ && $8 == "extended"
Okey News altered international to world in a short quote	$3 == "Okey News" && $15 ~ /principles of world peace and security/ && $8 == "altered"
EOF
)
# The seed's tweet and body quote are the same words: one group, two occurrences in one
# article, original then the article's own repeat (checked apart: it spans two rows).
spectacle=$(awk -F'\t' '$15 ~ /This spectacle/ { print $2 ":" $8 }' "$work/blinken.tsv" | paste -sd' ')
if [ "$spectacle" = "a1:original a1:repeat" ]; then
    figure[blinken_verdicts]=$((figure[blinken_verdicts] + 1))
else
    echo "evaluate.sh: does not hold: the seed's tweet and body quote are one group ($spectacle)" >&2
fi

# The report on the four outlets, opened in headless Chromium (ReportCoverageTests, which
# builds the tests in debug if swift test has not).
bash Scripts/install-browser.sh
figure[blinken_report]=0
if VERBATIM_COVERAGE=$(cd "$corpus/coverage-blinken" && pwd) VERBATIM_BROWSER_TESTS=required \
        swift test --filter ReportCoverageTests >"$work/report-test.log" 2>&1; then
    figure[blinken_report]=1
else
    tail -n 40 "$work/report-test.log" >&2
fi

# PolNeAR as one corpus with each article's outlet and date (metadata.tsv), for compare.
python3 Scripts/evaluation/polnear_jsonl.py "$corpus/polnear" "$work/polnear.jsonl"
figure[pairs_accusatory]=$("$verbatim" -q -c "compare-eval Scripts/evaluation/polnear-compare-pairs.tsv $(quoted "$work/polnear.jsonl") --format tsv" \
    | awk -F'\t' '$1 == "accusatory" { printf "%.3f\n", $4 }')
figure[planted_recall]=$("$verbatim" -q -c "compare-benchmark $(quoted "$corpus/polnear/train/text") $(quoted "$corpus/polnear/dev/text") --sizes 10000 --format tsv" \
    | awk -F'\t' 'NR == 2 { printf "%.3f\n", $9 }')
# Accusations over all of PolNeAR: none against the same article's occurrence, none between
# two names of one person (Calderon, Calderón). Columns: 2 article, 7 speaker, 8 verdict, 14 reference.
"$verbatim" -q -c "load $(quoted "$work/polnear.jsonl"); compare --all --format jsonl" >"$work/polnear-compare.jsonl"
figure[polnear_checks]=$(python3 - "$work/polnear-compare.jsonl" <<'PYTHON'
import json, sys, unicodedata
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
accusatory = {"altered", "trimmed", "extended", "unquoted", "misattributed"}
by_quote = {(row["group"], row["quote"]): row for row in rows if row["quote"]}
def fold(name):
    return "".join(c for c in unicodedata.normalize("NFD", name or "") if not unicodedata.combining(c)).lower().split()[-1:]
inside, renamed = 0, 0
for row in rows:
    reference = by_quote.get((row["group"], row["reference"]))
    if row["verdict"] in accusatory and reference and reference["article"] == row["article"]:
        inside += 1
    if row["verdict"] == "misattributed" and reference and fold(row["speaker"]) == fold(reference["speaker"]):
        renamed += 1
for count, what in ((inside, "accusations inside one article"), (renamed, "misattributions between two spellings of one name")):
    if count:
        print(f"evaluate.sh: {count} {what}", file=sys.stderr)
print((inside == 0) + (renamed == 0))
PYTHON
)

# batch extract must give the quotes load + export quotes give, field for field, on any --jobs.
"$verbatim" -q -c "load $(quoted "$work/polnear.jsonl"); export quotes" >"$work/polnear-quotes.jsonl"
for jobs in 1 2; do
    "$verbatim" batch extract -q --jobs "$jobs" "$work/polnear.jsonl" >"$work/polnear-batch-$jobs.jsonl"
done
figure[polnear_batch]=$(python3 - "$work" <<'PYTHON'
import json, sys
work = sys.argv[1]
fields = ["article", "start", "end", "source_start", "source_end", "speaker", "cue", "kind"]
def quotes(name):
    return [[record.get(field) for field in fields] for record in map(json.loads, open(f"{work}/{name}", encoding="utf-8"))]
exported = quotes("polnear-quotes.jsonl")
same = [quotes(f"polnear-batch-{jobs}.jsonl") == exported for jobs in (1, 2)]
if not all(same):
    print(f"evaluate.sh: batch extract differs from load + export quotes on PolNeAR ({len(exported)} quotes)", file=sys.stderr)
print(sum(same))
PYTHON
)

# compare --all, batch compare and Spark's compare job on PolNeAR with planted copies (each
# article with the outlet and date of the PolNeAR article it was made from).
"$verbatim" -q -c "compare-benchmark $(quoted "$work/polnear.jsonl") --sizes 2000 --corpus $(quoted "$work/planted.jsonl")" >/dev/null
"$verbatim" -q -n -c "load $(quoted "$work/planted.jsonl"); compare --all --format jsonl" >"$work/planted-compare.jsonl"
"$verbatim" -q -n -c "load $(quoted "$work/planted.jsonl"); export quotes --format jsonl" >"$work/planted-quotes.jsonl"
"$verbatim" batch compare -q "$work/planted.jsonl" >"$work/planted-batch.jsonl"
VERBATIM="$verbatim" Scripts/spark/run.sh compare "$work/planted.jsonl" "$work/planted-spark" --partitions 4 --master "local[2]" \
    >"$work/planted-spark.log" 2>&1 || tail -5 "$work/planted-spark.log" >&2
figure[planted_spark]=0
for table in "$work/planted-batch.jsonl" "$work/planted-spark/json"; do
    if python3 Scripts/spark/same_verdicts.py "$work/planted.jsonl" "$work/planted-compare.jsonl" "$work/planted-quotes.jsonl" "$table" >&2; then
        figure[planted_spark]=$((figure[planted_spark] + 1))
    fi
done

figure[html_f1]=$("$verbatim" -q -c "eval-html $(quoted "$corpus/article-extraction") --format tsv" | awk -F'\t' 'NR == 2 { printf "%.3f\n", $4 }')

printf '%-17s %-6s %-6s %s\n' figure value floor ""
failures=0
while read -r name floor description; do
    [ -z "$name" ] && continue
    value=${figure[$name]}
    status=ok
    if awk -v v="$value" -v f="$floor" 'BEGIN { exit !(v < f) }'; then
        status=FAIL
        failures=$((failures + 1))
        echo "evaluate.sh: $name ($description) is $value, below its floor $floor" >&2
    fi
    printf '%-17s %-6s %-6s %s\n' "$name" "$value" "$floor" "$status"
done <<<"$floors"
echo "score_quotes.py agrees with eval on seed and dev, on dev by protocol 1, and on a written corpus by both: $([ "$disagreements" -eq 0 ] && echo yes || echo "no ($disagreements figures differ)")"
[ "$failures" -eq 0 ] && [ "$disagreements" -eq 0 ]
