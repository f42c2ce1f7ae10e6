#!/usr/bin/env bash
# Trains the speaker chooser on PolNeAR's train split (in ../shared, not part of this
# repository) and builds the weights into the program: writes
# Sources/VerbatimCore/Attribution/AttributionWeights.swift, rebuilds, and prints the training
# figures and eval on train and dev. Reproducible: the same corpus gives the same weights.
#
#   Scripts/train-attribution.sh                 train on ../shared/corpus/polnear/train
#   SHARED=/path/to/shared Scripts/train-attribution.sh [--epochs N] [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
polnear=${SHARED:-../shared}/corpus/polnear
weights=Sources/VerbatimCore/Attribution/AttributionWeights.swift
verbatim=.build/release/verbatim
if [ ! -d "$polnear/train" ]; then
    echo "train-attribution.sh: no $polnear/train (set SHARED to the folder holding corpus/)" >&2
    exit 2
fi
work=$(mktemp -d)
# A run that fails leaves the weights the source tree had.
cp "$weights" "$work/original.swift"
trap 'status=$?; [ $status -eq 0 ] || cp "$work/original.swift" "$weights"; rm -rf "$work"' EXIT

swift build -c release --product verbatim >&2
# Training starts from an untrained chooser whatever weights are built in, so the same
# corpus gives the same weights.
write_weights() {
    {
        echo '/// The weights of `AttributionModel.standard`, written by `Scripts/train-attribution.sh` from'
        echo '/// `train-attribution` on PolNeAR train; do not edit by hand.'
        echo '///'
        sed 's|^|/// |' "$2"
        echo 'enum AttributionWeights {'
        echo '    static let table = """'
        sed 's/^/    /' "$1"
        echo '    """'
        echo '}'
    } >"$weights"
}
"$verbatim" -q -c "train-attribution \"$polnear/train\" --to \"$work/weights.tsv\" $*" | tee "$work/training"
{
    echo "Trained $(date -u +%Y-%m-%d) by: Scripts/train-attribution.sh${*:+ $*}"
    cat "$work/training"
} >"$work/notes"
write_weights "$work/weights.tsv" "$work/notes"
swift build -c release --product verbatim >&2
for split in train dev; do
    echo "eval $split:"
    "$verbatim" -q -c "eval \"$polnear/$split\""
done
