#!/usr/bin/env bash
# Checks that Verbatim gives the same quotations and verdicts on Spark as on one machine, on
# corpora this script writes (no ../shared needed): `batch extract` against `load` + `export
# quotes`, and the Spark extract job (local[2], the input in three files, so in several
# partitions, one gzip-compressed) against `batch extract`, JSON Lines and Parquet; then
# `batch compare` and the Spark compare job (in three parts) against `compare --all`. Sets up
# Java and PySpark as a user does (Scripts/install-spark.sh). Run by .ci/run after the tests;
# exits 1 on a difference.
#
#   Scripts/spark/test.sh              uses .build/debug/verbatim, built if missing
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
verbatim=${VERBATIM:-$root/.build/debug/verbatim}
[ -x "$verbatim" ] || swift build >&2
python=$(Scripts/install-spark.sh)
work=$(mktemp -d)
[ -z "${KEEP:-}" ] || echo "spark/test.sh: working in $work" >&2
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# 600 stories made from the example articles, each with a closing paragraph quoting someone
# else, one record with a page instead of a text, and two records Verbatim cannot read.
"$verbatim" -q -n -c "load Scripts/articles; export articles --to $work/examples.jsonl"
python3 - "$work" <<'PYTHON'
import gzip, json, os, sys
work = sys.argv[1]
examples = [json.loads(line) for line in open(f"{work}/examples.jsonl", encoding="utf-8")]
people = ["Tomas Reyes", "Ana Ferreira", "Idris Okafor", "Mei Tanaka", "Jonas Berg", "Lucía Gómez"]
records = []
for index in range(600):
    base = examples[index % len(examples)]
    person = people[index % len(people)]
    text = base["text"] + f"\n\n“We counted {index} trucks on the east bank this week,” said {person}, who runs the depot."
    records.append({"id": f"r{index}", "outlet": base["outlet"], "date": f"2026-03-{index % 28 + 1:02d}",
                    "url": f"https://example.org/{index}", "text": text})
records.insert(17, {"id": "page", "html": "<html><head><title>Depot</title></head><body><article><p>“The trucks are back,” said Ana Ferreira on Monday, as the depot reopened after the storm and the crews returned.</p></article></body></html>"})
lines = [json.dumps(record, ensure_ascii=False) for record in records]
lines.insert(40, "{not json")
lines.insert(300, json.dumps({"id": "empty", "text": ""}))
with open(f"{work}/corpus.jsonl", "w", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
thirds = [lines[:200], lines[200:400], lines[400:]]
os.makedirs(f"{work}/split")
for number, part in enumerate(thirds):
    opener = gzip.open if number == 1 else open
    suffix = ".jsonl.gz" if number == 1 else ".jsonl"
    with opener(f"{work}/split/part-{number}{suffix}", "wt", encoding="utf-8") as out:
        out.write("\n".join(part) + "\n")
PYTHON

"$verbatim" batch extract --jobs 2 "$work/corpus.jsonl" >"$work/batch.jsonl" 2>"$work/batch.err"
# load stops at the corpus's bad records; --keep-going exports the articles it loaded.
"$verbatim" -q -n --keep-going -c "load $work/corpus.jsonl; export quotes" >"$work/export.jsonl" 2>/dev/null || true
export PATH="$(dirname "$python"):$PATH"
# spark-submit joins its Python driver's standard error to standard output: both are kept.
VERBATIM="$verbatim" Scripts/spark/run.sh extract "$work/split" "$work/spark" --master "local[2]" >"$work/spark.err" 2>&1 \
    || { cat "$work/spark.err" >&2; exit 1; }

"$python" - "$work" <<'PYTHON'
import glob, json, sys
from pyspark.sql import SparkSession
work = sys.argv[1]
def records(paths):
    return [json.loads(line) for path in paths for line in open(path, encoding="utf-8") if line.strip()]
batch = records([f"{work}/batch.jsonl"])
export = records([f"{work}/export.jsonl"])
spark_json = records(sorted(glob.glob(f"{work}/spark/json/part-*")))
fields = ["start", "end", "source_start", "source_end", "speaker", "cue", "kind"]
failures = []
if len(batch) < 600:
    failures.append(f"batch extract gave only {len(batch)} quotations")
if [[r["article"]] + [r.get(f) for f in fields] for r in batch] != [[r["article"]] + [r.get(f) for f in fields] for r in export]:
    failures.append("batch extract and load + export quotes differ")
errors = open(f"{work}/batch.err", encoding="utf-8").read()
if ":41: is not JSON" not in errors or ":301: has an empty text" not in errors or "2 records skipped" not in errors:
    failures.append("batch extract did not report the two bad records by line: " + errors)
key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)
if sorted(map(key, spark_json)) != sorted(map(key, batch)):
    failures.append(f"Spark gave {len(spark_json)} quotations, batch extract {len(batch)}, not the same")
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "ERROR").getOrCreate()
parquet = [row.asDict(recursive=True) for row in spark.read.parquet(f"{work}/spark/parquet").collect()]
spark.stop()
if sorted(map(key, parquet)) != sorted(map(key, batch)):
    failures.append(f"the Parquet output holds {len(parquet)} records, not the quotations")
spark_errors = open(f"{work}/spark.err", encoding="utf-8").read()
if "2 records skipped" not in spark_errors:
    failures.append("the Spark job did not count the two bad records")
for failure in failures:
    print("spark/test.sh: " + failure, file=sys.stderr)
if failures:
    sys.exit(1)
print(f"spark/test.sh: {len(batch)} quotations the same from batch extract, load + export quotes, and Spark (JSON Lines and Parquet)")
PYTHON

# Verdicts: 240 stories from the example articles (copies of one another's quotations), a
# fifth with a closing paragraph carrying a statement changed one way or another (altered,
# trimmed, as narration, given to someone else), and 520 quotes sharing most of their words,
# whose shingles are common (held by over 500 wordings), as the whole corpus counts them.
python3 - "$work" <<'PYTHON'
import json, os, sys
work = sys.argv[1]
examples = [json.loads(line) for line in open(f"{work}/examples.jsonl", encoding="utf-8")]
statement = "the depot will stay open through the winter because the harbor crews need it every single night"
forms = [
    "“{s},” said Tomas Reyes.",
    "“{a},” said Tomas Reyes.".replace("{a}", statement.replace("every single night", "every night").replace("harbor", "port")),
    "“{t},” Tomas Reyes said.".replace("{t}", " ".join(statement.split()[:10])),
    "Tomas Reyes said {s}, according to the council.",
    "“{s},” said Ana Ferreira.",
]
records = []
for index in range(240):
    base = examples[index % len(examples)]
    text = base["text"]
    if index % 5 == 4:
        text += "\n\n" + forms[index // 5 % len(forms)].replace("{s}", statement[0].upper() + statement[1:])
    records.append({"id": f"c{index}", "outlet": f"Outlet {index % 7}", "date": f"2026-03-{index % 9 + 1:02d}", "text": text})
for index in range(520):
    records.append({"id": f"plan{index}", "date": "2026-04-01", "text": "“The harbor bridge will reopen before the winter storms "
                    f"arrive, according to plan Zerlin{index},” said Elena Marsh."})
# Links a cut by keys would miss (a review found them): narration repeating a wording's one
# shingle narration follows, its others held by 21 quotes; and one wording quoted twice, the
# second copy capitalised (its words then tell less, as names), matched only by the first.
records.append({"id": "p1", "date": "2024-01-01", "text": "At the rally on Monday, the senator spoke.\n\n“Zorblat quinex vardo mintrel,” said Dana Whitlow, the senator."})
records.append({"id": "p2", "date": "2024-01-03", "text": "The crowd outside the hall kept chanting zorblat quinex vardo mintrel zorblat quinex vardo late into the night."})
records.append({"id": "r1", "date": "2024-01-02", "text": "\n\n".join(f"“Quinex vardo mintrel plo{chr(97 + n)}k gre{chr(97 + n)}m,” said Lee Morton." for n in range(21))})
for name, date, words in [("a1", "2024-01-01", "We will expand the tram network by spring"), ("a2", "2024-01-02", "We will Expand the Tram Network By Spring"),
                          ("b", "2024-01-03", "We will Expand the Tram Network By Spring, and the new depot will open before the elections next year")]:
    records.append({"id": name, "date": date, "text": f"The council met on Monday.\n\n“{words},” said Mayor Ana Ruiz."})
lines = [json.dumps(record, ensure_ascii=False) for record in records]
# Two records Verbatim cannot read, in the second split file: one not JSON, one without words.
lines.insert(350, "{not json")
lines.insert(400, json.dumps({"id": "wordless", "text": ""}))
with open(f"{work}/compare.jsonl", "w", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
os.makedirs(f"{work}/compare-split")
for number, part in enumerate([lines[:300], lines[300:]]):
    with open(f"{work}/compare-split/part-{number}.jsonl", "w", encoding="utf-8") as out:
        out.write("\n".join(part) + "\n")
PYTHON
# load reports the two records and loads the others (status 1); --keep-going goes on.
"$verbatim" -q -n --keep-going -c "load $work/compare.jsonl; compare --all --format jsonl" >"$work/compare-session.jsonl" 2>/dev/null || true
"$verbatim" -q -n --keep-going -c "load $work/compare.jsonl; export quotes --format jsonl" >"$work/compare-quotes.jsonl" 2>/dev/null || true
"$verbatim" batch compare -q "$work/compare.jsonl" >"$work/compare-batch.jsonl" 2>"$work/compare-batch.err"
VERBATIM="$verbatim" Scripts/spark/run.sh compare "$work/compare-split" "$work/compare-spark" --partitions 3 --master "local[2]" \
    >"$work/compare-spark.err" 2>&1 || { cat "$work/compare-spark.err" >&2; exit 1; }
"$python" Scripts/spark/same_verdicts.py "$work/compare.jsonl" "$work/compare-session.jsonl" "$work/compare-quotes.jsonl" \
    "$work/compare-batch.jsonl" "$work/compare-spark/json"
"$python" - "$work" <<'PYTHON'
import json, re, sys
from pyspark.sql import SparkSession
work = sys.argv[1]
rows = [json.loads(line) for line in open(f"{work}/compare-batch.jsonl", encoding="utf-8")]
verdicts = {row["verdict"] for row in rows}
failures = []
if not {"original", "verbatim", "altered", "trimmed", "unquoted", "extended"} <= verdicts:
    failures.append(f"the compare corpus gives only these verdicts: {sorted(verdicts)}")
if not any(row["article"] == "p2" and row["verdict"] == "unquoted" for row in rows):
    failures.append("narration repeating a quote's rare words was not found")
if any(row["article"].startswith("plan") for row in rows):
    failures.append("quotes sharing only common shingles were grouped")
log = open(f"{work}/compare-spark.err", encoding="utf-8").read()
parts = re.search(r"compared (\d+) articles in (\d+) parts \(the largest of (\d+) articles\) on 3 processes", log)
if not parts or int(parts.group(2)) < 520 or "1 records skipped" not in log:
    failures.append("the Spark compare job did not cut the corpus into 520 parts or more, on 3 processes, "
                    "and skip a record: " + log[-500:])
if "1 records are not JSON objects and are left out: " not in log or "part-1.jsonl:51" not in log:
    failures.append("the Spark compare job did not name the line that is not JSON")
if "verbatim: wordless (" not in log or "part-1.jsonl:101): has an empty text" not in log:
    failures.append("the Spark compare job did not name the record without words by its id and line")
batch_errors = open(f"{work}/compare-batch.err", encoding="utf-8").read()
if ":351: is not JSON" not in batch_errors or ":401: has an empty text" not in batch_errors:
    failures.append("batch compare did not report the two bad records by line: " + batch_errors)
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "ERROR").getOrCreate()
parquet = spark.read.parquet(f"{work}/compare-spark/parquet").count()
spark.stop()
if parquet != len(rows):
    failures.append(f"the compare job's Parquet holds {parquet} rows, not {len(rows)}")
for failure in failures:
    print("spark/test.sh: " + failure, file=sys.stderr)
if failures:
    sys.exit(1)
print(f"spark/test.sh: {len(rows)} verdict rows the same from compare --all, batch compare and Spark (JSON Lines; Parquet holds as many)")
PYTHON

