# Sourced by the scripts that set up Python tools: `venv_ready DIR NAME` makes the virtual
# environment DIR unless it has a working pip (one whose creation failed half-way is made
# again), saying so on standard error as NAME.
venv_ready() {
    if ! "$1/bin/python" -m pip --version >/dev/null 2>&1; then
        echo "$2: creating $1" >&2
        mkdir -p "$(dirname "$1")"
        python3 -m venv --clear "$1"
    fi
}
