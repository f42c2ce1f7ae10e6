#!/usr/bin/env bash
# Trains the speaker chooser on PolNeAR's train split (in ../shared, not part of this
# repository) and builds the weights into the program: writes
# Sources/VerbatimCore/Attribution/AttributionWeights.swift, rebuilds, and prints the training
# figures and eval on train and dev.
#
# Reproducible: the same corpus and options write the same file, byte for byte. Training does
# not depend on the weights built in (train-attribution gives the chooser the weights of each
# round), so the program is built once before it. The weights file is replaced in one step,
# and only after training has succeeded: a missing corpus, a failed build or an interrupt
# leaves it as it was.
#
#   Scripts/train-attribution.sh                 train on ../shared/corpus/polnear/train
#   SHARED=/path/to/shared Scripts/train-attribution.sh [--epochs N] [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
polnear=${SHARED:-../shared}/corpus/polnear
weights=Sources/VerbatimCore/Attribution/AttributionWeights.swift
verbatim=.build/release/verbatim
for split in train dev; do
    if [ ! -d "$polnear/$split" ]; then
        echo "train-attribution.sh: no corpus at $polnear/$split (set SHARED to the shared folder)" >&2
        exit 1
    fi
done
work=$(mktemp -d)
# The new weights file is written beside the old one, so that moving it in is one rename.
staged=$(mktemp "$weights.XXXXXX")
trap 'rm -rf "$work" "$staged"' EXIT

source Scripts/quoted.sh

swift build -c release --product verbatim >&2
"$verbatim" -q -c "train-attribution $(quoted "$polnear/train") --to $(quoted "$work/weights.tsv") $*" | tee "$work/training"
if [ ! -s "$work/weights.tsv" ]; then
    echo "train-attribution.sh: training wrote no weights; $weights is unchanged" >&2
    exit 1
fi
{
    echo '/// The weights of `AttributionModel.standard`, written by `Scripts/train-attribution.sh` from'
    echo '/// `train-attribution` on PolNeAR train; do not edit by hand.'
    echo '///'
    echo "/// Trained by: Scripts/train-attribution.sh${*:+ $*}"
    sed 's|^|/// |' "$work/training"
    echo 'enum AttributionWeights {'
    echo '    static let table = """'
    sed 's/^/    /' "$work/weights.tsv"
    echo '    """'
    echo '}'
} >"$staged"
chmod 644 "$staged"
mv "$staged" "$weights"
swift build -c release --product verbatim >&2
for split in train dev; do
    echo "eval $split:"
    "$verbatim" -q -c "eval $(quoted "$polnear/$split")"
done
