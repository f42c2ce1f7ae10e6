#!/usr/bin/env verbatim
# Compares how two articles report the same quotations.
# Usage: verbatim Scripts/examples/compare-outlets.vsh FIRST.txt SECOND.txt
load "$1" "$2"
compare a1 a2
