#!/usr/bin/env bash
# Wheels remote_gpu.sh needs beyond torch/transformers and the ones gptoss_gpu.sh already puts in
# .whl (pydantic, typer, rich, openai-harmony, …): the server and the HTTP client. Python 3.12, manylinux.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --platform manylinux2014_x86_64 -d .whl \
  fastapi==0.165.0 starlette==1.10.0 uvicorn==0.54.0 httpx==0.28.1 httpcore==1.0.9 certifi==2026.5.20 \
  sniffio==1.3.1 opentelemetry-api==1.45.2
