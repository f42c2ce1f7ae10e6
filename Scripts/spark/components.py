"""Connected components of articles that share keys, on Spark DataFrames."""

from pyspark.sql import functions as F


def components(holders, articles):
    """Each article's component: the least `order` of the articles it is linked to through
    shared keys, as a DataFrame (order, component).

    `holders` has columns (order, key): article `order` holds `key`; `articles` has a column
    `order` naming every article. Labels spread from each article to the keys it holds and back,
    least label winning, and each round an article also takes its label's own label (pointer
    jumping), so a long chain of articles settles in far fewer rounds than its length. Rounds
    go on until no label changes; their number is returned too."""
    shared = (holders.groupBy("key").agg(F.countDistinct("order").alias("holders"))
              .filter(F.col("holders") >= 2).select("key"))
    links = holders.join(shared, "key").select("order", "key").distinct().localCheckpoint()
    labels = articles.select("order", F.col("order").alias("label")).localCheckpoint()
    rounds = 0
    while True:
        rounds += 1
        by_key = links.join(labels, "order").groupBy("key").agg(F.min("label").alias("least"))
        reached = links.join(by_key, "key").groupBy("order").agg(F.min("least").alias("least"))
        spread = (labels.join(reached, "order", "left")
                  .select("order", F.least("label", F.coalesce("least", "label")).alias("label")))
        target = spread.select(F.col("order").alias("target"), F.col("label").alias("target_label"))
        jumped = (spread.join(target, spread.label == target.target, "left")
                  .select("order", F.least("label", F.coalesce("target_label", "label")).alias("label")))
        jumped = jumped.localCheckpoint()
        changed = (jumped.join(labels.select("order", F.col("label").alias("before")), "order")
                   .filter(F.col("label") != F.col("before")).count())
        labels = jumped
        if changed == 0:
            return labels.select("order", F.col("label").alias("component")), rounds
