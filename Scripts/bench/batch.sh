#!/usr/bin/env bash
# Measures Verbatim beyond one session: `batch extract` on synthetic corpora of 10,000 and
# 100,000 articles (1,000,000 with BIG=1), made of the PolNeAR texts under new ids, on one core
# and on all cores, with its peak memory (which must stay flat as the corpus grows), the
# Spark extract job (local mode, all cores) on the same files, and `load` of the same corpora,
# whose memory tells where one in-memory session stops fitting this machine; then comparing
# them: `batch compare` in one process (as compare --all) and the Spark compare job. Prints two
# Markdown tables. Needs ../shared and, the first time, PyPI (Scripts/install-spark.sh); not run
# by CI.
#
#   Scripts/bench/batch.sh
#   BIG=1 Scripts/bench/batch.sh       also 1,000,000 articles (about 4.5 GB of JSON Lines)
set -euo pipefail
if [ -d "${SHARED:-}" ]; then SHARED=$(cd "$SHARED" && pwd); fi
cd "$(dirname "$0")/../.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
shared=${SHARED:-../shared}
polnear=$shared/corpus/polnear
if [ ! -d "$polnear/train/text" ]; then
    echo "batch.sh: no $polnear (set SHARED to the folder holding corpus/)" >&2
    exit 2
fi
Scripts/install-spark.sh >/dev/null
swift build -c release --static-swift-stdlib --scratch-path .build-static >&2
verbatim=$(pwd)/.build-static/release/verbatim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
note() { echo "batch.sh: $*" >&2; }
sizes="10000 100000"
[ -n "${BIG:-}" ] && sizes="$sizes 1000000"
memory_kb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)
cores=$(nproc)

python3 - "$polnear" "$work" $sizes <<'PYTHON'
import glob, json, os, sys
polnear, work, sizes = sys.argv[1], sys.argv[2], [int(size) for size in sys.argv[3:]]
texts = [open(path, encoding="utf-8", newline="").read()
         for part in ("train", "dev") for path in sorted(glob.glob(os.path.join(polnear, part, "text", "*.txt")))]
# Files of 10,000 records each (about 48 MB; `load` takes corpus files up to 256 MB).
for size in sizes:
    folder = os.path.join(work, str(size))
    os.makedirs(folder)
    for first in range(0, size, 10_000):
        with open(os.path.join(folder, f"part-{first // 10_000:04d}.jsonl"), "w", encoding="utf-8") as out:
            for index in range(first, min(first + 10_000, size)):
                out.write(json.dumps({"id": f"n{index}", "date": f"2016-{index % 12 + 1:02d}-01",
                                      "text": texts[index % len(texts)]}) + "\n")
PYTHON

printf '| articles | corpus | `batch extract`, one core | all %s cores | peak memory | Spark local[%s] extract | `load` peak memory |\n|---|---|---|---|---|---|---|\n' "$cores" "$cores"
for size in $sizes; do
    corpus=$work/$size
    megabytes=$(du -sm "$corpus" | cut -f1)
    note "batch extract, $size articles"
    one=$(python3 Scripts/bench/timed.py 1 "$verbatim" batch extract -q --jobs 1 "$corpus"/*.jsonl)
    all=$(python3 Scripts/bench/timed.py 1 "$verbatim" batch extract -q "$corpus"/*.jsonl)
    note "Spark extract, $size articles"
    started=$(date +%s.%N)
    VERBATIM=$verbatim Scripts/spark/run.sh extract "$corpus" "$work/spark-$size" >"$work/spark.log" 2>&1 \
        || { cat "$work/spark.log" >&2; exit 1; }
    spark_s=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$started" "$(date +%s.%N)")
    rm -rf "$work/spark-$size"
    # A session that would not fit in half the machine's memory is not tried.
    if [ "$((megabytes * 3 * 1000))" -lt "$((memory_kb / 2))" ]; then
        note "load, $size articles"
        load=$(python3 Scripts/bench/timed.py 1 "$verbatim" -q -n -c "load $corpus")
        load_cell="$(python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e3:,.0f} MB ({int(sys.argv[1]) / 1e3 / float(sys.argv[2]):.1f}× the corpus)')" "${load#* }" "$megabytes")"
    else
        load_cell="not tried (over half of $((memory_kb / 1000000)) GB)"
    fi
    python3 - "$size" "$megabytes" "$one" "$all" "$spark_s" "$load_cell" <<'PYTHON'
import sys
size, megabytes, one, all_cores, spark, load = sys.argv[1:]
one_s, one_kb = map(float, one.split()); all_s, all_kb = map(float, all_cores.split())
print(f"| {int(size):,} | {megabytes} MB | {one_s:.1f} s = {int(size) / one_s:,.0f} articles/s | {all_s:.1f} s = {int(size) / all_s:,.0f} articles/s "
      f"| {max(one_kb, all_kb) / 1e3:.0f} MB | {float(spark):.0f} s | {load} |")
PYTHON
done

# Comparing: one process holds the corpus (about 30 KB an article: not tried past half the
# machine's memory); Spark cuts it into parts. Its corpora repeat the texts, so every quotation
# has a copy per thousand articles or so: groups grow with the corpus, as real ones do not.
printf '\n| articles | `batch compare`, one process | peak memory | Spark local[%s] compare |\n|---|---|---|---|\n' "$cores"
for size in $sizes; do
    corpus=$work/$size
    if [ "$((size * 30))" -lt "$((memory_kb / 2))" ]; then
        note "batch compare, $size articles"
        one=$(python3 Scripts/bench/timed.py 1 "$verbatim" batch compare -q "$corpus"/*.jsonl)
        one_cells=$(python3 -c "import sys; s, kb = map(float, sys.argv[1].split()); print(f'{s:.1f} s | {kb / 1e3:,.0f} MB')" "$one")
    else
        one_cells="not tried (over half of $((memory_kb / 1000000)) GB) | "
    fi
    note "Spark compare, $size articles"
    started=$(date +%s.%N)
    VERBATIM=$verbatim Scripts/spark/run.sh compare "$corpus" "$work/compare-$size" >"$work/spark.log" 2>&1 \
        || { cat "$work/spark.log" >&2; exit 1; }
    spark_s=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.0f}')" "$started" "$(date +%s.%N)")
    grep '^verbatim_spark:' "$work/spark.log" >&2 || true
    rm -rf "$work/compare-$size"
    printf '| %s | %s | %s s |\n' "$(printf "%'d" "$size")" "$one_cells" "$spark_s"
done

