#!/usr/bin/env bash
# Installs Verbatim under PREFIX (default ~/.local): bin/verbatim, its first-party plugins in
# lib/verbatim/plugins (where an installed verbatim looks), the manual page
# share/man/man1/verbatim.1 and bash, zsh and fish completions of its options.
# Usage: Scripts/install.sh [PREFIX]   (run Scripts/install-dependencies.sh first on a fresh machine)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
# The Swift runtime linked in, so the installed programs need no toolchain beside them.
swift build -c release --static-swift-stdlib
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
plugins="$prefix/lib/verbatim/plugins"
install -d "$prefix/bin" "$plugins" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin/verbatim" "$prefix/bin/verbatim"
for plugin in "$bin"/verbatim-plugin-*; do
    case "$(basename "$plugin")" in *.*) continue ;; esac
    install -m 755 "$plugin" "$plugins/"
done
# Plugins written as scripts: each folder holds its executable NAME/NAME.*.
for folder in Plugins/*/; do
    name=$(basename "$folder")
    for script in "$folder$name".*; do
        [ -x "$script" ] || continue
        install -d "$plugins/$name"
        install -m 755 "$script" "$plugins/$name/"
    done
done
bash Scripts/manual.sh "$prefix/bin/verbatim" >"$prefix/share/man/man1/verbatim.1"
"$prefix/bin/verbatim" --generate-completion-script bash >"$prefix/share/bash-completion/completions/verbatim"
"$prefix/bin/verbatim" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_verbatim"
"$prefix/bin/verbatim" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/verbatim.fish"
echo "installed verbatim $("$prefix/bin/verbatim" --version | awk '{ print $2 }') in $prefix" >&2
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "add $prefix/bin to PATH to run it as verbatim" >&2 ;; esac
