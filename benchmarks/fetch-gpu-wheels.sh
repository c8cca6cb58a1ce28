#!/usr/bin/env bash
# Wheels the GPU machine lacks for the gpt-oss proof, into ./.whl (and the vocabulary into ./.vocab):
# the shared script's set plus the versions CI pins (transformers 5.23 and what it needs, typer/rich
# for mathtag's CLI). Run from the repo root on a developer machine, then carry .whl and .vocab.
set -euo pipefail
bash ../shared/device/fetch-wheels.sh \
  transformers==5.23.0 huggingface_hub==2.4.0 tokenizers==0.23.3 safetensors==0.8.0 regex==2026.5.9 \
  hf-xet==1.8.0 httpx2==2.16.2 httpcore2==2.16.2 h11==0.16.0 anyio==4.16.0 idna==3.20 truststore==0.10.5 \
  typer==0.29.2 rich==15.0.0 click==8.5.1 shellingham==1.5.4 markdown-it-py==4.3.0 mdurl==0.1.2 \
  pygments==2.20.0 annotated-doc==0.0.7 filelock==4.2.11 fsspec==2026.9.0 typing_extensions==4.16.0
