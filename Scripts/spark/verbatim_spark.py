"""Verbatim on Apache Spark: the quotations of `verbatim batch extract`, and the verdict table
of `compare --all`, over corpora larger than one machine.

    verbatim_spark.py extract INPUT OUTPUT [--binary PATH] [--format jsonl|parquet]
    verbatim_spark.py compare INPUT OUTPUT [--binary PATH] [--format jsonl|parquet]
                                           [--partitions N] [--min-confidence X]

INPUT holds articles as JSON Lines (the records `load` reads: id, text or html, url, outlet,
date ...; gzip-compressed files too) or, with --format parquet, Parquet with those columns; any
path Spark reads (a file, a folder, a glob, hdfs://, s3a://). Partitions are piped through
`verbatim batch ...`, shipped to the executors with the job (SparkContext.addFile), so the
work is done by the same code as on one machine. OUTPUT is a folder: json/ holds the records
as JSON Lines part files, parquet/ the same records as Parquet.

extract writes one record per quotation. Records without an id are named by their partition
and line ("part-3:17"); give ids for names that do not depend on how Spark splits the input.

compare writes compare --all's table, one record per occurrence of a quotation found in more
than one article (compare_job.py says how). Articles are taken in load order (files by path,
records in order), named by their ids (a record without one by PATH:LINE), and no two may share
an id; quotes are ARTICLE#N, as extract numbers them.

A record Verbatim cannot read is reported in the executor's log with its partition and line and
counted; a partition whose process fails stops the job with that partition's number and the
program's last words.
"""

import argparse
import os
import shutil
import sys

from pyspark.sql import SparkSession
from pyspark.sql import types as T

from piping import piped

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
    comparing = commands.add_parser("compare", help="articles in, compare --all's table out")
    for command in (extracting, comparing):
        command.add_argument("input")
        command.add_argument("output")
        command.add_argument("--binary", default=os.environ.get("VERBATIM", "verbatim"),
                             help="the verbatim program to ship to executors (default: $VERBATIM or verbatim on PATH)")
        command.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="the input's format")
    comparing.add_argument("--partitions", type=int, help="parts to compare at once (default: Spark's parallelism)")
    comparing.add_argument("--min-confidence", type=float, help="as compare's --min-confidence")
    options = parser.parse_args(arguments)
    binary = options.binary if os.sep in options.binary else shutil.which(options.binary)
    if binary is None or not os.access(binary, os.X_OK):
        parser.error(f"the verbatim program {options.binary!r} is not there or cannot be run; "
                     "build it (swift build -c release) and give --binary .build/release/verbatim")
    if options.command == "compare" and options.partitions is not None and options.partitions < 1:
        parser.error("--partitions takes a number, 1 or more")
    spark = SparkSession.builder.appName(f"verbatim {options.command}").getOrCreate()
    if existing(spark, options.output):
        spark.stop()
        parser.error(f"{options.output} already exists; give a new folder for the output")
    # The executors import the job's own modules.
    here = os.path.dirname(os.path.abspath(__file__))
    for module in ("piping.py", "components.py", "links.py", "compare_job.py"):
        spark.sparkContext.addPyFile(os.path.join(here, module))
    try:
        if options.command == "extract":
            extract(spark, options.input, options.output, os.path.abspath(binary), options.format)
        else:
            from compare_job import compare
            compare(spark, options.input, options.output, os.path.abspath(binary), options.format,
                    options.partitions, options.min_confidence)
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
