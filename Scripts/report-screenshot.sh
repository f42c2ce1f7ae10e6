#!/usr/bin/env bash
# Makes docs/report.png, the README's picture of `report`: the page on the example articles
# (made up for this project), as headless Chromium shows its top at 1100 pixels wide.
#
#   Scripts/report-screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
bash Scripts/install-browser.sh
swift build --product verbatim >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/debug/verbatim -q -n -c "load Scripts/articles; report --to $work/report.html --title 'How the outlets quote the mayor'"
sandbox=()
[ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
chromium --headless "${sandbox[@]}" --disable-gpu --hide-scrollbars --force-device-scale-factor=1 --window-size=1100,1250 \
    --user-data-dir="$work/profile" --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
mv "$work/report.png" docs/report.png
echo "wrote docs/report.png" >&2
