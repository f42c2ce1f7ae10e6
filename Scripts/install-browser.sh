#!/usr/bin/env bash
# Installs Debian's Chromium and a font for it, if they are missing: the browser the report's
# tests open pages in (headless, driven over its DevTools pipe). Runs apt-get as root, or
# through sudo. Without it those tests are left out of `swift test`, unless
# VERBATIM_BROWSER_TESTS=required (as CI sets it) makes them fail instead.
set -euo pipefail

packages=(chromium fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

run_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing ${missing[*]}" >&2
run_as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
