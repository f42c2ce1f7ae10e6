#!/usr/bin/env bash
# Writes verbatim's manual page (roff, for man) to standard output, made from the same help
# text the program prints: `verbatim --help` and `help COMMAND` for every command.
# Usage: Scripts/manual.sh [VERBATIM]   (default: the verbatim on PATH)
set -euo pipefail
verbatim=${1:-verbatim}
# Roff: a backslash is written \e; a line starting with . or ' is kept as text by \&.
# Characters outside ASCII are written as groff's named glyphs (quotes and dashes), or by
# their code point (\[u2026]); every device shows them (as " - ... where a C locale's
# terminal cannot), through the fallbacks the page defines with .char.
escape() {
    sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" | perl -CS -pe '
        s/\x{201C}/\\(lq/g; s/\x{201D}/\\(rq/g; s/\x{2018}/\\(oq/g; s/\x{2019}/\\(cq/g;
        s/\x{2014}/\\(em/g; s/\x{2013}/\\(en/g; s/\x{2192}/\\(->/g;
        s/([^\x00-\x7F])/sprintf("\\[u%04X]", ord($1))/ge'
}
# The text is set as it is (.nf) under man's indent of 7 columns: wrapped at 72, it fits 80.
export COLUMNS=72
version=$("$verbatim" --version | awk '{ print $2 }')
echo ".TH VERBATIM 1 \"\" \"verbatim $version\" \"User Commands\""
# ASCII stand-ins for the characters the help uses that groff names no glyph for.
echo '.if !c\[u2026] .char \[u2026] ...'
echo '.if !c\[u27E6] .char \[u27E6] [['
echo '.if !c\[u27E7] .char \[u27E7] ]]'
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
    "$verbatim" -q -c "option width 72; help $command" | escape
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
