"""The links between articles that compare makes, found on Spark: candidates by joining the
keys `verbatim batch keys` gives, each checked by `verbatim batch links`.

Two wordings are a candidate when they share two shingles compare follows (held by at most
`shingle` wordings of the corpus), or two two-word runs it follows (at most `pair` wordings)
and one of them looks for others by its runs; an article's narration and a wording it does not
quote are a candidate when the wording's shingles narration follows (held by at most
`narration_shingle` wordings) lie in as many places of the narration as compare needs in one
stretch. Compare needs more than that to link them, so every
link it makes is among the candidates; `batch links` keeps those it would make. Each wording
is read from its first copy in load order, as compare reads it (a copy written in capitals
tells less).
"""

import json

from pyspark.sql import functions as F


def counts(distinct):
    """(shingles, pairs): how many distinct wordings hold each shingle and each two-word run,
    and for runs whether a wording looking for others by its runs holds it."""
    shingles = (distinct.select("wording", F.explode("shingles").alias("key")).groupBy("key")
                .agg(F.count("*").alias("wordings")))
    pairs = (distinct.select("matches_by_pairs", F.explode("pairs").alias("key")).groupBy("key")
             .agg(F.count("*").alias("wordings"), F.max(F.col("matches_by_pairs").cast("int")).alias("looked_for")))
    return shingles.localCheckpoint(), pairs.localCheckpoint()


def wording_candidates(distinct, shingles, pairs, limit):
    """Pairs of distinct wordings (first, second), first < second, that may match."""
    followed = shingles.filter(F.col("wordings") <= limit["shingle"]).select("key")
    by_shingle = distinct.select("wording", F.explode("shingles").alias("key")).join(followed, "key")
    looked_for = pairs.filter((F.col("wordings") <= limit["pair"]) & (F.col("looked_for") == 1)).select("key")
    by_pair = (distinct.select("wording", "matches_by_pairs", F.explode("pairs").alias("key"))
               .join(looked_for, "key"))

    def sharing_two(held, condition=None):
        first = held.select("key", F.col("wording").alias("first"), *([F.col("matches_by_pairs").alias("first_looks")]
                                                                       if condition else []))
        second = held.select("key", F.col("wording").alias("second"), *([F.col("matches_by_pairs").alias("second_looks")]
                                                                         if condition else []))
        joined = first.join(second, "key").filter(F.col("first") < F.col("second"))
        if condition:
            joined = joined.filter(F.col("first_looks") | F.col("second_looks"))
        return joined.groupBy("first", "second").count().filter(F.col("count") >= 2).select("first", "second")

    return sharing_two(by_shingle).union(sharing_two(by_pair, condition=True)).distinct()


def narration_candidates(keys, distinct, shingles, wordings, limit):
    """(article, wording): the wording's followed shingles lie in as many places of the
    article's narration as compare needs in one stretch (`narration_hits`), and the article
    does not quote it; and each wording's shingles narration follows."""
    followed = (distinct.select("wording", "narration_hits", F.explode("shingles").alias("key"))
                .join(shingles.filter(F.col("wordings") <= limit["narration_shingle"]).select("key"), "key"))
    # One row per place: a shingle repeated counts each time, as compare counts hits.
    hits = (keys.select("article", F.explode("narration").alias("key")).join(followed, "key")
            .groupBy("article", "wording", "narration_hits").count()
            .filter(F.col("count") >= F.col("narration_hits")).select("article", "wording"))
    quoted = wordings.select("article", "wording")
    candidates = hits.join(quoted, ["article", "wording"], "left_anti")
    followed_of = followed.groupBy("wording").agg(F.collect_list("key").alias("followed"))
    return candidates, followed_of


def candidate_lines(records, distinct, pairs, narration, followed_of):
    """The lines `batch links` reads: one per candidate pair of wordings, one per article with
    candidate wordings (its record, as read, and the wordings with their followed shingles),
    each as (line, label)."""
    data = distinct.select("wording", F.struct("key", "folded", "information").alias("data"))
    pair_lines = (pairs.join(data.select(F.col("wording").alias("first"), F.col("data").alias("one")), "first")
                  .join(data.select(F.col("wording").alias("second"), F.col("data").alias("other")), "second")
                  .select(F.to_json(F.struct(F.array("one", "other").alias("pair"))).alias("line"))
                  .rdd.map(lambda row: (row.line, "a pair of wordings")))
    by_article = (narration.join(data, "wording").join(followed_of, "wording")
                  .select("article", F.to_json(F.struct(F.col("data").alias("wording"), "followed")).alias("candidate"))
                  .groupBy("article").agg(F.collect_list("candidate").alias("candidates"))
                  .rdd.map(lambda row: (row.article, row.candidates)))

    def article_line(pair):
        _, ((line, label), candidates) = pair
        return f'{{"record": {line}, "candidates": [{", ".join(candidates)}]}}', label

    article_lines = records.map(lambda record: (record[1], (record[2], f"{record[1]} ({record[3]})"))).join(by_article)
    return pair_lines.union(article_lines.map(article_line))


def linked_holders(spark, wordings, ids, link_lines):
    """(order, key) rows linking articles as compare links them: each article holds its
    wordings' keys and the keys of the wordings its narration carries, and of two wordings that
    match, an article holding one holds the other too. `link_lines` are `batch links`'s output;
    also returns how many links of each kind it gave."""
    parsed = link_lines.map(json.loads).persist()
    matched = spark.createDataFrame(parsed.filter(lambda link: "link" in link).map(lambda link: tuple(link["link"])),
                                    "first long, second long")
    carried = spark.createDataFrame(parsed.filter(lambda link: "carries" in link)
                                    .flatMap(lambda link: [(link["article"], key) for key in link["carries"]]),
                                    "article string, key long")
    own = wordings.select("article", F.col("wording").alias("key")).join(ids, "article").select("order", "key")
    holder = own.groupBy("key").agg(F.min("order").alias("order"))
    through_match = matched.join(holder.withColumnRenamed("key", "second"), "second").select("order", F.col("first").alias("key"))
    holders = own.union(carried.join(ids, "article").select("order", "key")).union(through_match)
    return holders, matched.count(), carried.count()
