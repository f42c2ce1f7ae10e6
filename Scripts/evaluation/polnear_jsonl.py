"""PolNeAR (train, then dev) as one corpus of JSON Lines, each article with its outlet and date
from metadata.tsv, for compare, compare-benchmark and report.

    python3 Scripts/evaluation/polnear_jsonl.py ../shared/corpus/polnear polnear.jsonl
"""
import csv, json, os, sys
folder, target = sys.argv[1], sys.argv[2]
with open(os.path.join(folder, "metadata.tsv"), encoding="utf-8") as metadata:
    rows = {row["filename"]: row for row in csv.DictReader(metadata, delimiter="\t")}
with open(target, "w", encoding="utf-8") as out:
    for split in ("train", "dev"):
        for name in sorted(os.listdir(os.path.join(folder, split, "text"))):
            stem, row = name[:-len(".txt")], rows.get(name[:-len(".txt")], {})
            with open(os.path.join(folder, split, "text", name), encoding="utf-8") as text:
                record = {"id": stem, "text": text.read(), "outlet": row.get("publisher"), "date": row.get("publication_date")}
            out.write(json.dumps(record) + "\n")
