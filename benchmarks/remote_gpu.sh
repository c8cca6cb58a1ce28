#!/usr/bin/env bash
# GPU benchmark of the remote path (issue 8): serve a small gpt-oss (real architecture, random
# weights, bigger than the test one) with `mathtag model serve` on the GPU, batching concurrent
# requests, and drive it through the real remote backend (benchmarks/remote_bench.py) at
# concurrency 1, 8 and 32: problems/s, p50/p95 latency, tokens per item → $OUT/remote_gpu.json.
#
# Self-contained on a box with python3 + torch (CUDA) + transformers and no network:
#   device run (carry .whl .vocab):  bash benchmarks/remote_gpu.sh
# .whl holds the other wheels (pydantic, typer, rich, openai-harmony, fastapi, starlette, uvicorn,
# httpx, httpcore, certifi, sniffio, h11, anyio, …: see benchmarks/remote_wheels.sh); .vocab holds
# o200k_base.tiktoken. Knobs: HIDDEN LAYERS EXPERTS (model size), N (problems per level),
# CONC (concurrency levels), MAX_BATCH (server batch), EFFORT.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/out}
mkdir -p "$OUT"
if compgen -G ".whl/*.whl" > /dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
fi
export PYTHONPATH=$PWD/src:/tmp/site PYTHONUNBUFFERED=1
[ -f .vocab/o200k_base.tiktoken ] && export TIKTOKEN_ENCODINGS_BASE=$PWD/.vocab
python3 - <<'PY'
import importlib, sys
missing = [m for m in ("torch", "transformers", "openai_harmony", "fastapi", "uvicorn", "httpx", "pydantic", "typer", "rich")
           if importlib.util.find_spec(m) is None]
if missing:
    sys.exit(f"missing modules {missing}: put their wheels in .whl (bash benchmarks/remote_wheels.sh)")
import torch, transformers
print("torch", torch.__version__, "transformers", transformers.__version__, "cuda", torch.cuda.is_available())
PY
command -v nvidia-smi > /dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$OUT/gpu.txt"

HIDDEN=${HIDDEN:-1024} LAYERS=${LAYERS:-8} EXPERTS=${EXPERTS:-16}
N=${N:-128} CONC=${CONC:-"1 8 32"} MAX_BATCH=${MAX_BATCH:-32} EFFORT=${EFFORT:-low} PORT=${PORT:-8011}
MODEL=/tmp/remote_gpu_model
python3 -m mathtag.cli model init-tiny --out "$MODEL" --hidden-size "$HIDDEN" --layers "$LAYERS" --experts "$EXPERTS"
DEVICE=$(python3 -c "import torch; print('cuda' if torch.cuda.is_available() else 'cpu')")
python3 -m mathtag.cli model serve --model "$MODEL" --served-model-name bench --port "$PORT" --device "$DEVICE" \
  --max-batch "$MAX_BATCH" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2> /dev/null || true' EXIT
for _ in $(seq 1 300); do
  python3 -c "import httpx,sys; sys.exit(httpx.get('http://127.0.0.1:$PORT/v1/models', timeout=1).status_code != 200)" 2> /dev/null && break
  kill -0 $SERVER 2> /dev/null || { echo "server died:"; tail -30 "$OUT/server.log"; exit 1; }
  sleep 1
done
python3 -m mathtag.cli doctor --base-url "http://127.0.0.1:$PORT/v1" --model bench --effort "$EFFORT" | tee "$OUT/doctor.txt" || true
NOTE="mathtag model serve --max-batch $MAX_BATCH on $DEVICE ($(cat "$OUT/gpu.txt" 2> /dev/null || echo no GPU)); random gpt-oss hidden=$HIDDEN layers=$LAYERS experts=$EXPERTS; analysis capped at 48 tokens (low)"
# shellcheck disable=SC2086
python3 benchmarks/remote_bench.py --base-url "http://127.0.0.1:$PORT/v1" --model bench --concurrency $CONC --n "$N" \
  --effort "$EFFORT" --note "$NOTE" --out "$OUT/remote_gpu.json"
