#!/usr/bin/env bash
# Installs the Debian packages Verbatim needs, if they are missing: pkg-config, libedit-dev
# (the line editor), libxml2-dev (the HTML parser), libcurl4-openssl-dev (web downloads) and
# python3 (the speaker-words plugin). Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(pkg-config libedit-dev libxml2-dev libcurl4-openssl-dev python3)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

run_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing ${missing[*]}" >&2
run_as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq "${missing[@]}"
