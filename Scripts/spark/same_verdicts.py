"""Checks that tables of `verbatim batch compare` (or Spark's compare job) are compare --all's.

    same_verdicts.py CORPUS COMPARE QUOTES TABLE...

COMPARE is `compare --all --format jsonl` of a session that loaded CORPUS (a JSON Lines file)
alone (every record with an id), QUOTES its `export quotes --format jsonl`; each TABLE is a JSON Lines file, or a folder
of part files read in name order. The session's ids are turned into the records' (article aN
into the record's id, quote qN into ID#K, its Kth quotation), `file` is left out of the session's
rows and `start` and `end` out of the others', and the rows must then be the same, in the same
order, group numbers included. Prints the first difference and exits 1 when there is one.
"""

import glob
import json
import os
import sys


def rows(path):
    paths = sorted(glob.glob(os.path.join(path, "part-*"))) if os.path.isdir(path) else [path]
    return [json.loads(line) for name in paths for line in open(name, encoding="utf-8") if line.strip()]


def session_rows(corpus, compare, quotes):
    """The session's table with the records' names."""
    table = rows(compare)
    record_of = {}
    prefix = corpus + "#"
    for row in table:
        if not row["file"].startswith(prefix):
            sys.exit(f"same_verdicts.py: {row['file']} is not a record of {corpus}")
        record_of[row["article"]] = row["file"][len(prefix):]
    # export quotes names each quote's article by its record's id.
    quote_names, counts = {}, {}
    for number, quote in enumerate(rows(quotes), start=1):
        counts[quote["article"]] = counts.get(quote["article"], 0) + 1
        quote_names[f"q{number}"] = f"{quote['article']}#{counts[quote['article']]}"
    for row in table:
        del row["file"]
        row["article"] = record_of[row["article"]]
        for column in ("quote", "reference"):
            if row[column] is not None:
                row[column] = quote_names[row[column]]
    return table


def main(corpus, compare, quotes, *tables):
    expected = session_rows(corpus, compare, quotes)
    failed = False
    for table in tables:
        found = rows(table)
        for row in found:
            row.pop("start", None)
            row.pop("end", None)
        if found == expected:
            continue
        failed = True
        place = next((index for index, (one, other) in enumerate(zip(expected, found)) if one != other),
                     min(len(expected), len(found)))
        print(f"same_verdicts.py: {table} has {len(found)} rows, compare --all {len(expected)}; "
              f"the first difference is row {place + 1}:", file=sys.stderr)
        print(f"  compare --all: {expected[place] if place < len(expected) else None}", file=sys.stderr)
        print(f"  {table}: {found[place] if place < len(found) else None}", file=sys.stderr)
    if failed:
        sys.exit(1)
    print(f"same_verdicts.py: {len(expected)} rows ({len({row['group'] for row in expected})} quotations) "
          f"the same in {len(tables)} table{'s' if len(tables) != 1 else ''} as in compare --all")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
