# Sourced by the scripts that pass paths to `verbatim -c`: quoted PATH prints PATH as one of
# verbatim's single-quoted words, its backslashes and single quotes escaped, so that spaces, $
# and quotes in it stay part of it.
quoted() {
    local text=${1//\\/\\\\}
    printf "'%s'" "${text//\'/\\\'}"
}
