#!/usr/bin/env bash
# Writes verbatim's manual page (roff, for man) to standard output, made from the same help
# text the program prints: `verbatim --help` and `help COMMAND` for every command.
# Usage: Scripts/manual.sh [VERBATIM]   (default: the verbatim on PATH)
set -euo pipefail
verbatim=${1:-verbatim}
# Roff: a backslash is written \e; a line starting with . or ' is kept as text by \&.
escape() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
version=$("$verbatim" --version | awk '{ print $2 }')
echo ".TH VERBATIM 1 \"\" \"verbatim $version\" \"User Commands\""
echo ".SH NAME"
echo "verbatim \\- a shell for checking who said what in the news"
echo ".SH SYNOPSIS"
echo ".nf"
"$verbatim" --help | awk '/^USAGE:/ { on = 1; sub(/^USAGE: /, "") } on && /^$/ { exit } on { sub(/^ +/, ""); print }' | escape
echo ".fi"
echo ".SH DESCRIPTION"
echo ".nf"
"$verbatim" --help | awk '/^OVERVIEW:/ { sub(/^OVERVIEW: /, ""); print; next } /^USAGE:/ { exit } { print }' | escape
"$verbatim" --help | awk '/^OPTIONS:/ { on = 1 } on { print }' | escape
echo ".fi"
echo ".SH COMMANDS"
echo "At the prompt, in scripts and after \\fB\\-c\\fR:"
for command in $("$verbatim" -q -c help | awk '/^  [a-z]/ { print $1 }'); do
    echo ".SS $command"
    echo ".nf"
    "$verbatim" -q -c "help $command" | escape
    echo ".fi"
done
echo ".SH FILES"
echo ".TP"
echo "\\fI\$XDG_CONFIG_HOME/verbatim/init.vsh\\fR (else \\fI~/.config/verbatim/init.vsh\\fR)"
echo "Commands the prompt runs first (\\fB\\-n\\fR skips them)."
echo ".TP"
echo "\\fI\$XDG_STATE_HOME/verbatim/history\\fR (else \\fI~/.local/state/verbatim/history\\fR)"
echo "The prompt's history."
echo ".TP"
echo "\\fI\$XDG_CONFIG_HOME/verbatim/plugins\\fR, \\fIPREFIX/lib/verbatim/plugins\\fR"
echo "Plugins (also \\fB\$VERBATIM_PLUGIN_PATH\\fR)."
