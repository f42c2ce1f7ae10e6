#!/usr/bin/env python3
"""Verbatim plugin: how many words each speaker is quoted saying.

Speaks the Verbatim plugin protocol (Plugins/PROTOCOL.md), version 1, with Python's standard
library only. Reads one request line on standard input and answers on standard output.
"""
import json
import re
import sys

PROTOCOL_VERSION = 1

DESCRIPTION = {
    "type": "description",
    "version": PROTOCOL_VERSION,
    "plugin": "speaker-words",
    "commands": [
        {
            "name": "speaker-words",
            "summary": "Count the words each speaker is quoted saying.",
            "arguments": {"kind": "articles", "synopsis": "[ARTICLE...]", "min": 0, "max": None},
            "options": [
                {"name": "top", "value": "N", "help": "Only the N speakers quoted most (default: all)."},
            ],
            "needs": ["quotes", "speakers"],
            "help": "For the given articles (all when none): per speaker, the quotes, the words "
                    "quoted, their share of all quoted words, and the longest quote in words. "
                    "Quotes without a speaker count as (unattributed). Each speaker gets the "
                    "field quoted_words. Columns: speaker, quotes, words, share, longest.",
            "examples": ["speaker-words", "speaker-words a1 a2 --top 5 --format json"],
        }
    ],
}

WORD = re.compile(r"[\w'’-]+")


def answer(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")


def speaker_words(request):
    session = request.get("session", {})
    options = request.get("options", {})
    top = options.get("top")
    if top is not None:
        if not top.isdigit() or int(top) == 0:
            answer({"type": "message", "level": "warning", "text": f"--top takes a positive number, not {top!r}; showing all"})
            top = None
        else:
            top = int(top)
    canonical = {}
    for speaker in session.get("speakers", []):
        canonical[speaker["name"].lower()] = speaker["name"]
        for alias in speaker.get("aliases", []):
            canonical.setdefault(alias.lower(), speaker["name"])
    totals = {}
    for quote in session.get("quotes", []):
        if quote["kind"] not in ("direct", "partial"):
            continue
        name = quote.get("speaker")
        name = canonical.get(name.lower(), name) if name else "(unattributed)"
        words = len(WORD.findall(quote["text"]))
        entry = totals.setdefault(name, {"quotes": 0, "words": 0, "longest": 0})
        entry["quotes"] += 1
        entry["words"] += words
        entry["longest"] = max(entry["longest"], words)
    all_words = sum(entry["words"] for entry in totals.values()) or 1
    ranked = sorted(totals.items(), key=lambda item: (-item[1]["words"], item[0]))
    if top is not None:
        ranked = ranked[:top]
    rows = [[name, entry["quotes"], entry["words"], round(entry["words"] / all_words, 3), entry["longest"]]
            for name, entry in ranked]
    changes = [{"change": "set-field", "on": "speaker", "id": name, "field": "quoted_words", "value": entry["words"]}
               for name, entry in ranked if name != "(unattributed)"]
    answer({"type": "result", "columns": ["speaker", "quotes", "words", "share", "longest"], "rows": rows, "changes": changes})


def main():
    line = sys.stdin.readline()
    try:
        request = json.loads(line)
    except ValueError as error:
        sys.stderr.write(f"speaker-words: the request is not JSON: {error}\n")
        return 1
    if request.get("version") != PROTOCOL_VERSION:
        sys.stderr.write(f"speaker-words: speaks protocol version {PROTOCOL_VERSION}, not {request.get('version')}\n")
        return 1
    if request.get("request") == "describe":
        answer(DESCRIPTION)
    elif request.get("request") == "call" and request.get("command") == "speaker-words":
        speaker_words(request)
    else:
        sys.stderr.write(f"speaker-words: unknown request {request.get('request')!r} {request.get('command')!r}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
