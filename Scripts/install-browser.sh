#!/usr/bin/env bash
# Installs Debian's Chromium and a font for it, if they are missing: the browser the report's
# tests open pages in (headless, driven over its DevTools pipe). Runs apt-get as root, or
# through sudo. Without it those tests are left out of `swift test`, unless
# VERBATIM_BROWSER_TESTS=required (as CI sets it) makes them fail instead.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" chromium fonts-dejavu-core
