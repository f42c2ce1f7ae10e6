#!/usr/bin/env bash
# Runs a Verbatim job on Apache Spark, in local mode on all cores unless spark-submit options
# say otherwise (--master spark://host:7077, yarn, k8s://...; --conf ...):
#
#   Scripts/spark/run.sh extract INPUT OUTPUT [--format jsonl|parquet] [SPARK-SUBMIT OPTIONS...]
#   Scripts/spark/run.sh compare INPUT OUTPUT [--format jsonl|parquet] [--partitions N]
#                                [--min-confidence X] [SPARK-SUBMIT OPTIONS...]
#
# extract writes the articles' quotations, compare the verdict table of compare --all (both as
# JSON Lines in OUTPUT/json and Parquet in OUTPUT/parquet; Scripts/spark/verbatim_spark.py says
# more). --format parquet reads Parquet articles; OUTPUT must not exist yet. spark-submit joins its
# Python driver's standard error to standard output, so the job's closing line and errors come
# on standard output, Spark's own log on standard error.
#
# Sets up Java and PySpark first (Scripts/install-spark.sh), and builds the release program
# when it is missing. The program shipped to executors is $VERBATIM, else .build/release/verbatim;
# on a cluster, give one built by Scripts/install.sh (the Swift runtime linked in), since
# executors have no Swift. Paths are the caller's: relative ones are read from here.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -lt 3 ]; then
    echo "usage: Scripts/spark/run.sh extract|compare INPUT OUTPUT [--format jsonl|parquet] [SPARK-SUBMIT OPTIONS...]" >&2
    exit 2
fi
job=$1 input=$2 output=$3
shift 3
# The job's own options; the others go to spark-submit.
job_options=() submit_options=()
while [ $# -gt 0 ]; do
    case $1 in
        --format|--partitions|--min-confidence) job_options+=("$1" "${2:-}"); shift $(($# > 1 ? 2 : 1)) ;;
        --format=*|--partitions=*|--min-confidence=*) job_options+=("$1"); shift ;;
        *) submit_options+=("$1"); shift ;;
    esac
done
python=$("$root/Scripts/install-spark.sh")
verbatim=${VERBATIM:-$root/.build/release/verbatim}
# A program named without a path is looked for on PATH.
case $verbatim in */*) ;; *) verbatim=$(command -v "$verbatim" || echo "$verbatim") ;; esac
if [ -n "${VERBATIM:-}" ] && [ ! -x "$verbatim" ]; then
    echo "run.sh: VERBATIM=$verbatim is not a program that can be run" >&2
    exit 2
fi
if [ ! -x "$verbatim" ]; then
    echo "run.sh: building $verbatim" >&2
    if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
    (cd "$root" && swift build -c release >&2)
fi
# spark-submit finds Spark through the python on PATH: the venv's.
export PATH="$(dirname "$python"):$PATH"
export SPARK_HOME="$("$python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
# Options given after ours win: spark-submit keeps the last value of an option.
exec "$SPARK_HOME/bin/spark-submit" --master "local[*]" --conf spark.ui.showConsoleProgress=false --conf spark.log.level=WARN \
    --conf "spark.pyspark.python=$python" ${submit_options[@]+"${submit_options[@]}"} \
    "$root/Scripts/spark/verbatim_spark.py" "$job" "$input" "$output" --binary "$verbatim" ${job_options[@]+"${job_options[@]}"}
