#!/usr/bin/env bash
# The GPU proof of the gpt-oss path, as one command for the device tool:
#   bash ../shared/device/fetch-wheels.sh && python3 -m pip download ... transformers==5.23.0 (see below)
#   device run (carry .whl .vocab):  bash benchmarks/gptoss_gpu.sh
# Results land in $OUT (results.json, eval/metrics.json, eval/report.html); the recorded copy is
# benchmarks/results/gptoss_gpu.json.
set -euo pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
export PYTHONPATH=$PWD/src:/tmp/site TIKTOKEN_ENCODINGS_BASE=$PWD/.vocab PYTHONUNBUFFERED=1
OUT=${OUT:-/tmp/out}
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, transformers, peft, trl, datasets, openai_harmony; print('torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'trl', trl.__version__)"
# CORPUS=DIR reuses a corpus built beforehand (same seed, same code: byte-identical) to save GPU time
CORPUS=${CORPUS:-/tmp/corpus}
[ -f "$CORPUS/train.jsonl" ] || python3 -m mathtag.cli corpus build --out "$CORPUS"
python3 benchmarks/gptoss_gpu.py --corpus "$CORPUS" --out "$OUT" "$@"
