"""The compare job: `compare --all`'s verdict table over a corpus, on Spark.

A corpus is cut into parts with no link between them: no wording in common, no two wordings
compare would match, no narration carrying another part's wording (links.py finds them:
candidates by joining the keys `verbatim batch keys` gives, checked by `verbatim batch links`).
Each part is compared by `verbatim batch compare`, told the keys common in the whole corpus, so
it gives the verdicts the whole corpus would; the groups are then numbered in the order of
their earliest occurrence, as compare numbers them.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

from pyspark.rdd import portable_hash
from pyspark.sql import functions as F
from pyspark.sql import types as T

import links
from components import components
from piping import piped

# The records `verbatim batch keys` writes, one per article.
KEYS_SCHEMA = T.StructType([
    T.StructField("article", T.StringType()),
    T.StructField("wordings", T.ArrayType(T.StructType([
        T.StructField("key", T.LongType()),
        T.StructField("words", T.LongType()),
        T.StructField("matches_by_pairs", T.BooleanType()),
        T.StructField("narration_hits", T.LongType()),
        T.StructField("shingles", T.ArrayType(T.LongType())),
        T.StructField("pairs", T.ArrayType(T.LongType())),
        T.StructField("folded", T.ArrayType(T.StringType())),
        T.StructField("information", T.ArrayType(T.DoubleType())),
    ]))),
    T.StructField("narration", T.ArrayType(T.LongType())),
])

# The records `verbatim batch compare` writes, one per occurrence.
COMPARISON_SCHEMA = T.StructType(
    [T.StructField(name, T.LongType()) for name in ["group"]]
    + [T.StructField(name, T.StringType()) for name in ["article", "outlet", "date", "quote"]]
    + [T.StructField(name, T.LongType()) for name in ["start", "end"]]
    + [T.StructField(name, T.StringType()) for name in ["speaker", "verdict", "wording"]]
    + [T.StructField(name, T.DoubleType()) for name in ["similarity", "confidence"]]
    + [T.StructField("evidence", T.StringType()), T.StructField("information", T.DoubleType())]
    + [T.StructField(name, T.StringType()) for name in ["reference", "text", "changes"]]
    + [T.StructField("diff", T.ArrayType(T.StructType(
        [T.StructField(name, T.StringType()) for name in ["op", "from", "to"]])))]
    + [T.StructField("coverage", T.DoubleType()), T.StructField("speakers", T.StringType()),
       T.StructField("corroborated", T.BooleanType())])

# Bits of a record's order given to its place in its file: files hold fewer than 2^40 records.
PLACE_BITS = 40


def input_files(spark, source):
    """The files at `source` (a file, a folder walked whole, or a glob; any URI Hadoop reads),
    sorted by path, without hidden files and Spark's markers (names opening with . or _)."""
    context = spark.sparkContext
    path = context._jvm.org.apache.hadoop.fs.Path(source)
    system = path.getFileSystem(context._jsc.hadoopConfiguration())
    files = []
    for status in system.globStatus(path) or []:
        if not status.isDirectory():
            files.append(status.getPath().toString())
            continue
        walk = system.listFiles(status.getPath(), True)
        while walk.hasNext():
            found = walk.next().getPath()
            relative = found.toString()[len(status.getPath().toString()):]
            if not any(part.startswith((".", "_")) for part in relative.split("/") if part):
                files.append(found.toString())
    return sorted(files)


def named(file_index, path):
    """A function giving a record (line `index` of `path`) its order, its id and where it is:
    (order, id, line, PATH:LINE), the id the record's own (a string or an integer) or else
    PATH:LINE, written into the line; id None for a line that is not a JSON object."""
    def name(pair):
        line, index = pair
        order, place = file_index << PLACE_BITS | index, f"{path}:{index + 1}"
        try:
            record = json.loads(line)
        except ValueError:
            return order, None, line, place
        if not isinstance(record, dict):
            return order, None, line, place
        given = record.get("id")
        if isinstance(given, str):
            return order, given, line, place
        record["id"] = str(given) if isinstance(given, int) and not isinstance(given, bool) else place
        return order, record["id"], json.dumps(record, ensure_ascii=False), place
    return name


def ordered_records(spark, source, source_format):
    """Every non-blank record at `source` as (order, id, line, PATH:LINE): files in path order,
    records in file order, which is the order `load` gives the same files in."""
    files = input_files(spark, source)
    if not files:
        sys.exit(f"verbatim_spark: no input at {source}")
    parts = []
    for file_index, path in enumerate(files):
        if source_format == "parquet":
            lines = spark.read.parquet(path).toJSON()
        else:
            lines = spark.read.text(path).rdd.map(lambda row: row.value)
        # One file's splits are read in their order, so indices follow the file.
        parts.append(lines.zipWithIndex().filter(lambda pair: pair[0].strip()).map(named(file_index, path)))
    return spark.sparkContext.union(parts)


def checked_ids(records):
    """The records that are JSON objects, after making sure no two share an id; the others are
    left out, their count and the first few places said."""
    readable = records.filter(lambda record: record[1] is not None)
    unreadable = records.filter(lambda record: record[1] is None)
    count = unreadable.count()
    if count:
        places = ", ".join(record[3] for record in unreadable.take(5))
        print(f"verbatim_spark: {count} records are not JSON objects and are left out: {places}"
              + (" …" if count > 5 else ""), file=sys.stderr)
    shared = (readable.map(lambda record: (record[1], 1)).reduceByKey(lambda a, b: a + b)
              .filter(lambda pair: pair[1] > 1).take(5))
    if shared:
        names = ", ".join(f"{name} ({count} records)" for name, count in shared)
        sys.exit(f"verbatim_spark: compare needs an id per article; these name more than one: {names}")
    return readable


def limits(binary):
    """The counts of wordings over which `verbatim` holds keys common."""
    return json.loads(subprocess.run([binary, "batch", "keys", "--limits"], check=True, capture_output=True).stdout)


def compare(spark, source, output, binary, source_format, partitions, minimum_confidence):
    """Writes compare --all's table over the articles at `source` under `output` (json/, parquet/)."""
    context = spark.sparkContext
    binary_name = os.path.basename(binary)
    context.addFile(binary)
    started = time.monotonic()

    def note(what):
        print(f"verbatim_spark: {what} ({time.monotonic() - started:.0f} s)", file=sys.stderr)

    skipped, skipped_again = context.accumulator(0), context.accumulator(0)
    records = checked_ids(ordered_records(spark, source, source_format)).persist()
    ids = spark.createDataFrame(records.map(lambda record: (record[0], record[1])), "order long, article string")

    def run_keys(partition, lines):
        return piped(binary_name, ["batch", "keys", "--jobs", "1", "--quiet", "--name", f"part-{partition}"],
                     partition, lines, skipped, labelled=True)

    # A record Verbatim passes over is named by its id and place in the executor's log.
    key_lines = records.map(lambda record: (record[2], f"{record[1]} ({record[3]})")).mapPartitionsWithIndex(run_keys)
    keys = spark.read.schema(KEYS_SCHEMA).json(key_lines).localCheckpoint()
    limit = limits(binary)
    wordings = (keys.select("article", F.explode("wordings").alias("w"))
                .select("article", F.col("w.key").alias("wording"), "w.*").localCheckpoint())
    # Each wording as its first copy in load order gives it, as compare reads it.
    fields = ["key", "words", "matches_by_pairs", "narration_hits", "shingles", "pairs", "folded", "information"]
    distinct = (wordings.join(ids, "article").groupBy("wording")
                .agg(F.min_by(F.struct(*fields), "order").alias("first")).select("wording", "first.*")
                .localCheckpoint())
    shingles, pairs = links.counts(distinct)
    articles = keys.count()
    note(f"keys of {articles} articles, {distinct.count()} distinct wordings")

    candidates = links.wording_candidates(distinct, shingles, pairs, limit)
    narration, followed_of = links.narration_candidates(keys, distinct, shingles, wordings, limit)
    lines = links.candidate_lines(records, distinct, candidates, narration, followed_of)

    def run_links(partition, lines):
        return piped(binary_name, ["batch", "links", "--quiet", "--name", f"part-{partition}"],
                     partition, lines, skipped_again, labelled=True)

    holders, matches, carried = links.linked_holders(spark, wordings, ids, lines.mapPartitionsWithIndex(run_links))
    note(f"{matches} matching pairs of wordings and {carried} carried by narration, among the candidates")
    labels, rounds = components(holders, ids.select("order"))
    sizes = labels.groupBy("component").count()
    part_count, largest = sizes.count(), sizes.agg(F.max("count")).first()[0]
    plural = "" if part_count == 1 else "s"
    note(f"{part_count} part{plural}, the largest of {largest} articles, found in {rounds} rounds")
    common = ([f"shingle {row.key}" for row in shingles.filter(F.col("wordings") > limit["shingle"]).collect()]
              + [f"pair {row.key}" for row in pairs.filter(F.col("wordings") > limit["pair"]).collect()]
              + [f"narration {row.key}" for row in shingles.filter((F.col("wordings") > limit["narration_shingle"])
                                                                   & (F.col("wordings") <= limit["shingle"])).collect()])
    common_file = os.path.join(tempfile.mkdtemp(prefix="verbatim-spark-"), "common-keys")
    with open(common_file, "w", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in common))
    context.addFile(common_file)

    arguments = ["batch", "compare", "--jobs", "1", "--quiet", "--common-keys"]
    confidence = [] if minimum_confidence is None else ["--min-confidence", str(minimum_confidence)]

    def run_compare(partition, lines):
        from pyspark import SparkFiles
        rows = piped(binary_name, arguments + [SparkFiles.get("common-keys"), "--name", f"part-{partition}"] + confidence,
                     partition, lines, skipped_again, labelled=True)
        place, group = 0, None
        for line in rows:
            row = json.loads(line)
            place = place + 1 if row["group"] == group else 0
            group = row["group"]
            yield (partition, group), (place, row)

    count = partitions or context.defaultParallelism
    parts = (records.map(lambda record: (record[0], (record[2], f"{record[1]} ({record[3]})")))
             .join(labels.rdd.map(lambda row: (row.order, row.component)))
             .map(lambda pair: ((pair[1][1], pair[0]), pair[1][0]))
             .repartitionAndSortWithinPartitions(count, partitionFunc=lambda key: portable_hash(key[0])))
    rows = parts.map(lambda pair: pair[1]).mapPartitionsWithIndex(run_compare).persist()
    order_of = ids.rdd.map(lambda row: (row.article, row.order))
    roots = (rows.filter(lambda pair: pair[1][0] == 0)
             .map(lambda pair: (pair[1][1]["article"], (pair[0], pair[1][1])))
             .join(order_of)
             .map(lambda pair: ((pair[1][0][1]["date"] if pair[1][0][1]["date"] is not None else "~",
                                 pair[1][1], pair[1][0][1]["start"]), pair[1][0][0]))
             .sortByKey()
             .values()
             .zipWithIndex()
             .persist())
    groups = roots.count()

    def numbered(pair):
        (place, row), number = pair[1]
        row["group"] = number + 1
        return (number, place), json.dumps(row, ensure_ascii=False)

    note(f"parts compared: {groups} quotations found in more than one article")
    table = rows.join(roots).map(numbered).sortByKey().values()
    table.saveAsTextFile(os.path.join(output, "json"))
    frame = spark.read.schema(COMPARISON_SCHEMA).json(os.path.join(output, "json"))
    frame.write.mode("overwrite").parquet(os.path.join(output, "parquet"))
    print(f"verbatim_spark: compared {articles} articles in {part_count} part{plural} (the largest of {largest} "
          f"articles) on {count} processes: {groups} quotations found in more than one, {frame.count()} occurrences, "
          f"into {output}; {skipped.value} records skipped", file=sys.stderr)
