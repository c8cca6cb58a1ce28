#!/usr/bin/env bash
# Rebuild everything the shipped embedded model stands on, in order, from the repo alone:
# corpus → model (src/mathtag/data/embedded.npz) → comparison table → evaluation reports →
# dataset card → speed benchmark. Every number in README/docs about the embedded model comes
# from the files this writes. About 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

mathtag corpus build --out artifacts/corpus
mathtag train embedded --corpus artifacts/corpus --out src/mathtag/data/embedded.npz
mathtag eval --data artifacts/corpus/test.jsonl --report docs/eval/all-standards
mathtag eval --data artifacts/corpus/test.jsonl --scope-from subject --report docs/eval/subject-known
mathtag corpus card --out docs/dataset.md --confusions docs/eval/subject-known/metrics.json
mathtag train compare --corpus artifacts/corpus --out docs/model-comparison.md
python3 benchmarks/embedded_speed.py
