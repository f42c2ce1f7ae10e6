#!/usr/bin/env bash
# Sets up what the Spark jobs need, never system-wide beyond Java: a Java 17 runtime (through
# apt-get, with sudo when not root, only when `java` is missing or older than 17) and PySpark 4
# in a virtual environment under .build/spark/venv (PyPI the first time). Steps already done
# are skipped, so running it again costs a second.
#
#   Scripts/install-spark.sh        prints the venv's python (a full path) on standard output
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/venv.sh
venv=.build/spark/venv
python=$venv/bin/python
pyspark_version="4.0.*"

java_major() {
    java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1
}
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
    echo "install-spark.sh: installing a Java 17 runtime (openjdk-17-jre-headless)" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >&2
fi

venv_ready "$venv" install-spark.sh
if ! "$python" -c 'import sys, pyspark; sys.exit(not pyspark.__version__.startswith("4.0."))' 2>/dev/null; then
    echo "install-spark.sh: installing PySpark $pyspark_version (about 320 MB)" >&2
    "$python" -m pip install --quiet --disable-pip-version-check "pyspark==$pyspark_version" >&2
fi
echo "$(pwd)/$python"
