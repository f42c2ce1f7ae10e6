#!/usr/bin/env bash
# Installs the Debian packages Verbatim needs, if they are missing: pkg-config, libedit-dev
# (the line editor), libxml2-dev (the HTML parser), libcurl4-openssl-dev (web downloads) and
# python3 (the speaker-words plugin). Runs apt-get as root, or through sudo.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" pkg-config libedit-dev libxml2-dev libcurl4-openssl-dev python3
