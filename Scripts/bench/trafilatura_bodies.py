#!/usr/bin/env python3
"""Runs trafilatura's article-body extraction on every html/*.html(.gz) page of a body corpus
folder (like ../shared/corpus/article-extraction) and prints one JSON object of timing
figures: pages, seconds (the fastest of --rounds), pages_per_second. Pages are read and
decompressed before timing, so only extraction is timed, in this one process.

    trafilatura_bodies.py CORPUS [--rounds N] [--out BODIES.json]

--out writes {id: body} for scoring. Run it with the Python of Scripts/bench/anchors.sh."""
import argparse, glob, gzip, json, os, time

import trafilatura


def pages(folder):
    found = {}
    for path in sorted(glob.glob(os.path.join(folder, "html", "*.html*"))):
        name = os.path.basename(path)
        data = open(path, "rb").read()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        found[name.split(".")[0]] = data.decode("utf-8", errors="replace")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out")
    arguments = parser.parse_args()
    html = pages(arguments.corpus)
    best, bodies = None, {}
    for _ in range(arguments.rounds):
        start = time.perf_counter()
        bodies = {name: trafilatura.extract(page) or "" for name, page in html.items()}
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    if arguments.out:
        json.dump(bodies, open(arguments.out, "w"))
    print(json.dumps({"pages": len(html), "seconds": best, "pages_per_second": len(html) / best}))


if __name__ == "__main__":
    main()
