#!/usr/bin/env bash
# Writes Sources/VerbatimCore/Comparison/WordFrequencies.swift: how common each English word
# of at least one use per million words is, from wordfreq 3.1.1 (Robyn Speer et al., PyPI),
# whose English figures blend Wikipedia, subtitles, news, books, web text and social media.
# `compare` weighs the words two quotes share by how rare they are, so that common phrases
# ("over and over again") never link quotes by themselves. Needs PyPI; not run by CI or the
# tests. Two runs write the same file.
#
#   Scripts/resources/word-frequencies.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build/wordfreq/venv
python=$venv/bin/python
target=Sources/VerbatimCore/Comparison/WordFrequencies.swift

if ! "$python" -m pip --version >/dev/null 2>&1; then
    mkdir -p "$(dirname "$venv")"
    python3 -m venv --clear "$venv"
fi
if ! "$python" -c 'import wordfreq, sys; sys.exit(wordfreq.__version__ != "3.1.1")' 2>/dev/null; then
    echo "word-frequencies.sh: installing wordfreq 3.1.1" >&2
    "$python" -m pip install --quiet --disable-pip-version-check "wordfreq==3.1.1" >&2
fi
staged=$(mktemp "$target.XXXXXX")
trap 'rm -f "$staged"' EXIT
"$python" - "$staged" <<'PY'
import math, sys, textwrap
from wordfreq import get_frequency_dict
# Zipf value (log10 of uses per billion words) in half steps, for words used at least once per
# million; lowercase letters, apostrophes and hyphens only, as `ComparedText` forms words.
buckets = {}
for word, frequency in get_frequency_dict("en", wordlist="best").items():
    zipf = math.log10(frequency * 1e9)
    if zipf < 3.0 or not all(c.isalpha() or c in "'-" for c in word) or word != word.lower():
        continue
    buckets.setdefault(round(zipf * 2) * 5, []).append(word)
with open(sys.argv[1], "w") as out:
    out.write("/// How common English words are, written by `Scripts/resources/word-frequencies.sh` from\n")
    out.write("/// wordfreq 3.1.1 (Robyn Speer et al.; its data CC BY-SA 4.0, so this table is too); do not\n")
    out.write("/// edit by hand. Each line: ten times a Zipf value (log10 of uses per billion words, in half\n")
    out.write("/// steps), then the words that common. Words used less than once per million are left out.\n")
    out.write("enum WordFrequencies {\n    static let table = \"\"\"\n")
    for zipf in sorted(buckets, reverse=True):
        words = " ".join(sorted(buckets[zipf]))
        for line in textwrap.wrap(words, 96, break_long_words=False, break_on_hyphens=False):
            out.write(f"    {zipf} {line}\n")
    out.write("    \"\"\"\n}\n")
PY
chmod 644 "$staged"
mv "$staged" "$target"
trap - EXIT
echo "word-frequencies.sh: wrote $target ($(wc -l < "$target") lines)" >&2
