#!/usr/bin/env verbatim
# The README's demo: three made-up outlets report the mayor of a made-up city closing a bridge.
# Run it with: verbatim Scripts/demo.vsh   (or: swift run verbatim Scripts/demo.vsh)

echo "== Loading the example articles"
load Scripts/articles
articles

echo
echo "== Every quotation, with its speaker"
quotes

echo
echo "== Who is quoted"
speakers

echo
echo "== The Alder Gazette, quotes marked"
show a1

echo
echo "== How Harbor Daily (a3) reports the Gazette's (a1) quotes"
compare a1 a3

echo
echo "== Every outlet carrying the commissioner's complaint, earliest first"
trace q5

echo
echo "== What Harbor Daily changed in it"
diff q5 q14

echo
echo "== The quotes of one speaker, as JSON Lines for other tools"
quotes --speaker Reyes --format jsonl
