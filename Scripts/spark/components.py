"""Connected components of articles that share keys, on Spark DataFrames."""

from pyspark.sql import functions as F


def components(holders, articles):
    """Each article's component: the least `order` of the articles it is linked to through
    shared keys, as a DataFrame (order, component), and the number of rounds it took.

    `holders` has columns (order, key): article `order` holds `key`; `articles` has a column
    `order` naming every article. Keys held by the same articles (a wording's shingles, mostly)
    are one set of holders; each set links its articles to its least one. Labels then spread
    along the links, least label winning, and each round an article also takes its label's
    own label (pointer jumping), so a long chain of articles settles in far fewer rounds than
    its length. Rounds go on until no label changes."""
    holder_sets = (holders.groupBy("key").agg(F.array_sort(F.collect_set("order")).alias("holders"))
                   .filter(F.size("holders") >= 2).select("holders").distinct())
    stars = (holder_sets.select(F.col("holders")[0].alias("root"), F.explode("holders").alias("order"))
             .filter(F.col("root") != F.col("order")).distinct())
    links = (stars.select("order", F.col("root").alias("neighbour"))
             .union(stars.select(F.col("root").alias("order"), F.col("order").alias("neighbour")))
             .localCheckpoint())
    labels = articles.select("order", F.col("order").alias("label")).localCheckpoint()
    rounds = 0
    while True:
        rounds += 1
        neighbours = labels.select(F.col("order").alias("neighbour"), F.col("label").alias("least"))
        reached = links.join(neighbours, "neighbour").groupBy("order").agg(F.min("least").alias("least"))
        spread = (labels.join(reached, "order", "left")
                  .select("order", F.least("label", F.coalesce("least", "label")).alias("label")))
        target = spread.select(F.col("order").alias("target"), F.col("label").alias("target_label"))
        jumped = (spread.join(target, spread.label == target.target, "left")
                  .select("order", F.least("label", F.coalesce("target_label", "label")).alias("label"))
                  .localCheckpoint())
        changed = (jumped.join(labels.select("order", F.col("label").alias("before")), "order")
                   .filter(F.col("label") != F.col("before")).count())
        labels = jumped
        if changed == 0:
            return labels.select("order", F.col("label").alias("component")), rounds
