"""Verbatim's extraction on Apache Spark: the same quotations as `verbatim batch extract`.

    verbatim_spark.py extract INPUT OUTPUT [--binary PATH] [--format jsonl|parquet]

INPUT holds articles as JSON Lines (the records `load` reads: id, text or html, url, outlet,
date ...; gzip-compressed files too) or, with --format parquet, Parquet with those columns; any
path Spark reads (a file, a folder, a glob, hdfs://, s3a://). Each partition is piped through
`verbatim batch extract`, shipped to the executors with the job (SparkContext.addFile), so
every quotation is found by the same code as on one machine. OUTPUT is a folder: json/ holds
the quotations as JSON Lines part files, parquet/ the same records as Parquet.

Records without an id are named by their partition and line ("part-3:17"); give ids for names
that do not depend on how Spark splits the input. A record Verbatim cannot read is reported in
the executor's log with its partition and line and counted; a partition whose process fails
stops the job with that partition's number and the program's last words.
"""

import argparse
import os
import shutil
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import types as T

# The fields of a quotation record, as `verbatim batch extract` writes them.
QUOTATION_SCHEMA = T.StructType([
    T.StructField("article", T.StringType()),
    T.StructField("url", T.StringType()),
    T.StructField("outlet", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("quote", T.LongType()),
    T.StructField("start", T.LongType()),
    T.StructField("end", T.LongType()),
    T.StructField("text", T.StringType()),
    T.StructField("kind", T.StringType()),
    T.StructField("cue", T.StringType()),
    T.StructField("speaker", T.StringType()),
    T.StructField("source_start", T.LongType()),
    T.StructField("source_end", T.LongType()),
    T.StructField("speaker_roles", T.ArrayType(T.StringType())),
])


class PartitionFailed(RuntimeError):
    """A partition's `verbatim` process ended with an error."""


def piped(binary_name, arguments, partition, lines, skipped):
    """The output lines of `verbatim ARGUMENTS` fed `lines` on standard input (named
    part-PARTITION), as they come.

    Standard error goes to the executor's log, each line prefixed with the partition; records
    passed over are counted in `skipped`."""
    binary = SparkFiles.get(binary_name)
    process = subprocess.Popen([binary] + arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    errors = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    def drain_errors():
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            errors.append(line)
            if line.startswith(f"verbatim: part-{partition}:"):
                skipped.add(1)
            print(f"partition {partition}: {line}", file=sys.stderr)

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain_errors, daemon=True)]
    for thread in threads:
        thread.start()
    for raw in process.stdout:
        yield raw.decode("utf-8").rstrip("\n")
    status = process.wait()
    for thread in threads:
        thread.join()
    if status != 0:
        last = "; ".join(errors[-3:]) or "no message"
        raise PartitionFailed(f"partition {partition}: verbatim {' '.join(arguments)} ended with status {status}: {last}")


def existing(spark, path):
    """Whether `path` (any URI Spark writes to) exists."""
    jvm = spark.sparkContext._jvm
    target = jvm.org.apache.hadoop.fs.Path(path)
    return target.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(target)


def extract(spark, source, output, binary, source_format):
    """Writes the quotations of the articles at `source` under `output` (json/, parquet/)."""
    context = spark.sparkContext
    binary_name = os.path.basename(binary)
    context.addFile(binary)
    if source_format == "parquet":
        lines = spark.read.parquet(source).toJSON()
    else:
        lines = spark.read.text(source).rdd.map(lambda row: row.value)
    skipped = context.accumulator(0)

    def run(partition, records):
        # Records without an id are named by their partition, not by a line of all input.
        return piped(binary_name, ["batch", "extract", "--jobs", "1", "--quiet", "--name", f"part-{partition}"],
                     partition, records, skipped)

    quotations = lines.mapPartitionsWithIndex(run)
    quotations.saveAsTextFile(os.path.join(output, "json"))
    frame = spark.read.schema(QUOTATION_SCHEMA).json(os.path.join(output, "json"))
    frame.write.mode("overwrite").parquet(os.path.join(output, "parquet"))
    count = frame.count()
    print(f"verbatim_spark: extracted {count} quotations into {output}; {skipped.value} records skipped",
          file=sys.stderr)


def main(arguments):
    parser = argparse.ArgumentParser(prog="verbatim_spark.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extracting = commands.add_parser("extract", help="articles in, one record per quotation out")
    extracting.add_argument("input")
    extracting.add_argument("output")
    extracting.add_argument("--binary", default=os.environ.get("VERBATIM", "verbatim"),
                            help="the verbatim program to ship to executors (default: $VERBATIM or verbatim on PATH)")
    extracting.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="the input's format")
    options = parser.parse_args(arguments)
    binary = options.binary if os.sep in options.binary else shutil.which(options.binary)
    if binary is None or not os.access(binary, os.X_OK):
        parser.error(f"the verbatim program {options.binary!r} is not there or cannot be run; "
                     "build it (swift build -c release) and give --binary .build/release/verbatim")
    spark = SparkSession.builder.appName(f"verbatim {options.command}").getOrCreate()
    if existing(spark, options.output):
        spark.stop()
        parser.error(f"{options.output} already exists; give a new folder for the output")
    try:
        extract(spark, options.input, options.output, os.path.abspath(binary), options.format)
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
