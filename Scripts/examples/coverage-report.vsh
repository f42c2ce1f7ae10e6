#!/usr/bin/env verbatim
# Writes a web page showing how outlets quote the same words: per outlet, the share of its
# quotations carried verbatim, altered, trimmed, unquoted…; per quotation, a timeline of who
# carried it and what they changed; per article, its text with the quotations marked. Then
# lists the quotations some outlet altered, as a table.
# Usage: verbatim Scripts/examples/coverage-report.vsh FOLDER PAGE.html
#   e.g. verbatim Scripts/examples/coverage-report.vsh Scripts/articles bridge.html
# A folder's manifest.json gives each article's outlet, date and address.
load "$1"
report --to "$2" --title "How the outlets quote the same words"
compare --all --only altered
