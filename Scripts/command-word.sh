# Sourced by the scripts that pass paths to `verbatim -c`: word PATH prints PATH as one word of
# Verbatim's command language, single-quoted with its backslashes and single quotes escaped, so
# that spaces, $ and quotes in it stay part of it.
word() {
    local escaped=${1//\\/\\\\}
    printf "'%s'" "${escaped//\'/\\\'}"
}
