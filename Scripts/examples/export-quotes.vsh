#!/usr/bin/env verbatim
# Loads a folder of articles and writes every quotation, with its speaker and offsets, to a file.
# Usage: verbatim Scripts/examples/export-quotes.vsh FOLDER OUTPUT.jsonl
load "$1"
export quotes --format jsonl --to "$2"
speakers
