"""Export `exports/<name>/` to ONNX with past key/values, validated against PyTorch.

Writes `model.onnx` (fp32; prefill and decode in one graph, dynamic batch and sequence axes)
and, with `--quantize int8`, `model.int8.onnx`, plus `onnx_export.json` with the measured
agreement. The output layer is exported untied from the token embeddings: quantized while
tied, the int8 model is slower than fp32. Every file is written beside its target and renamed
into place, so a crash never leaves a half-written model.

Usage: python -m training.export_onnx --name NAME [--export_dir exports] [--quantize int8|none]
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, HfArgumentParser

from engine import Engine, EngineConfig, SamplingParams
from engine.backends import OnnxBackend, load_weights
from engine.gpt2 import GPT2
from engine.onnx_graph import OPSET, export_fp32, quantize_int8
from engine.prompt import prompt_ids
from training.dataset import dataset_dir
from training.errors import TweetbotsError, run_stage
from training.tweets import read_jsonl, write_atomic

FP32_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
REPORT_FILE = "onnx_export.json"
FP32_TOLERANCE = 1e-3  # max |logit difference| ONNX Runtime fp32 vs PyTorch
FALLBACK_PROMPTS = [
    "My dream is",
    "I can't believe it's already Monday again",
    "The best part of today was",
    "hot take:",
    "Never trust a cat that",
    "We shipped it!",
    "Good morning everyone, coffee first",
    "Why does every meeting",
]


def load_model(folder: Path) -> GPT2:
    return GPT2(*load_weights(folder)).eval()


def backend(path: Path, model: GPT2, eos: int) -> OnnxBackend:
    """The serving engine's ONNX Runtime backend on this file, as the handler will run it."""
    return OnnxBackend(path, model.shape, gpu_id=None, threads=os.cpu_count() or 1, eos=eos)


class Recording:
    """A backend that keeps the logits of every row it computes, with the row's request (its
    prompt) and position, and the tokens fed back: the engine drives it exactly as it serves."""

    def __init__(self, backend: OnnxBackend) -> None:
        self.backend = backend
        self.engine: Engine | None = None
        self.logits: list[tuple[tuple[int, ...], int, torch.Tensor]] = []
        self.fed: dict[tuple[int, ...], dict[int, int]] = {}

    def __getattr__(self, name: str):
        return getattr(self.backend, name)

    def prefill(self, prompts, slots=None, budgets=None):
        logits = self.backend.prefill(prompts, slots, budgets)
        for prompt, scores in zip(prompts, logits, strict=True):
            self.logits.append((tuple(prompt), len(prompt) - 1, scores))
        return logits

    def decode(self, tokens, slots=None):
        logits = self.backend.decode(tokens, slots)
        rows = zip(self.engine.running, tokens.tolist(), logits, strict=True)
        for sequence, token, scores in rows:
            prompt = tuple(sequence.request.prompt_ids)
            position = len(prompt) + sequence.tokens - 1  # where the fed token sits
            self.fed.setdefault(prompt, {})[position] = token
            self.logits.append((prompt, position, scores))
        return logits


def engine_run(runtime: OnnxBackend, tokenizer, texts: list[str], size: int) -> Recording:
    """Greedy requests through the serving engine on `runtime`: `size` start together, two
    more join after the first step, and answers of different lengths leave at different steps
    (the cache's joins, leaves and compaction as in serving)."""
    recording = Recording(runtime)
    engine = Engine(recording, tokenizer, EngineConfig())
    recording.engine = engine

    def add(index: int, text: str) -> None:
        params = SamplingParams(max_new_tokens=3 + index % 3, temperature=0, stop_at_newline=False)
        engine.add_request(f"validate-{index}", text, params)

    for index, text in enumerate(texts[:size]):
        add(index, text)
    engine.step()
    for index, text in enumerate(texts[size : size + 2], start=size):
        add(index, text)
    while engine.has_unfinished():
        engine.step()
    runtime.reset()
    return recording


def validate_fp32(folder: Path, runtime: OnnxBackend, tokenizer, texts: list[str]) -> float:
    """Max |logit diff| between ONNX Runtime under the serving engine and transformers (no
    cache, one unpadded row at a time) at every position the engine computed."""
    reference = AutoModelForCausalLM.from_pretrained(folder).eval()
    texts = list(dict.fromkeys(texts))  # one request per prompt
    worst = 0.0
    for size in (1, 3, 8):
        recording = engine_run(runtime, tokenizer, texts, size)
        expected = {}
        for prompt, fed in recording.fed.items():
            ids = [*prompt, *(fed[p] for p in sorted(fed))]
            with torch.inference_mode():
                expected[prompt] = reference(input_ids=torch.tensor([ids])).logits[0]
        for prompt, position, scores in recording.logits:
            if prompt not in expected:  # a request that ended at its first token
                with torch.inference_mode():
                    expected[prompt] = reference(input_ids=torch.tensor([prompt])).logits[0]
            worst = max(worst, float((expected[prompt][position] - scores).abs().max()))
    return worst


def greedy_agreement(fp32: OnnxBackend, int8: OnnxBackend, tokenizer, texts: list[str]) -> float:
    """Share of validation tweet prefixes whose greedy next token is the same in int8."""
    same = total = 0
    for start in range(0, len(texts), 16):
        prompts = [prompt_ids(tokenizer, text) for text in texts[start : start + 16]]
        picks = []
        for runtime in (fp32, int8):
            runtime.reset()
            picks.append(runtime.prefill(prompts).argmax(dim=1))
            runtime.reset()
        same, total = same + int((picks[0] == picks[1]).sum()), total + len(prompts)
    return same / total


def validation_texts(name: str, data_dir: Path) -> list[str]:
    """Up to 64 held-out tweets (first 8 words each); fixed prompts for a model without data."""
    path = dataset_dir(name, data_dir) / "validation.jsonl"
    texts = [row["text"] for row in read_jsonl(path)] if path.exists() else []
    return [" ".join(t.split()[:8]) for t in texts[:64]] or FALLBACK_PROMPTS


def export_onnx(name: str, export_dir: Path, data_dir: Path, quantize: str) -> dict:
    folder = export_dir / name
    if not (folder / "model.safetensors").exists():
        raise TweetbotsError(f"no exported model in {folder}: run the train stage first")
    if quantize not in ("int8", "none"):
        raise TweetbotsError(f"QUANTIZE must be int8 or none, got {quantize!r}")
    model = load_model(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    eos = tokenizer.eos_token_id
    texts = validation_texts(name, data_dir)
    report: dict = {"opset": OPSET, "fp32_tolerance": FP32_TOLERANCE}
    with tempfile.TemporaryDirectory(dir=folder, prefix=".onnx.") as staging:
        fp32_path = Path(staging) / FP32_FILE
        export_fp32(model, fp32_path)
        fp32 = backend(fp32_path, model, eos)
        report["fp32_max_abs_logit_diff"] = validate_fp32(folder, fp32, tokenizer, texts)
        if report["fp32_max_abs_logit_diff"] > FP32_TOLERANCE:
            raise TweetbotsError(
                f"ONNX fp32 logits differ from PyTorch by {report['fp32_max_abs_logit_diff']:.2e}"
                f" (> {FP32_TOLERANCE}); the export is wrong"
            )
        if quantize == "int8":
            int8_path = Path(staging) / INT8_FILE
            quantize_int8(fp32_path, int8_path)
            int8 = backend(int8_path, model, eos)
            report["int8_greedy_agreement"] = greedy_agreement(fp32, int8, tokenizer, texts)
            report["int8_validation_prompts"] = len(texts)
            int8_path.replace(folder / INT8_FILE)
        else:
            (folder / INT8_FILE).unlink(missing_ok=True)
        fp32_path.replace(folder / FP32_FILE)
    write_atomic(folder / REPORT_FILE, json.dumps(report, indent=2) + "\n")
    print(f"onnx export {name}: {json.dumps(report)}")
    return report


@dataclass
class ExportArguments:
    name: str = field(metadata={"help": "bot name: exports/<name>/ is exported"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "validation tweets"})
    quantize: str = field(default="int8", metadata={"help": "int8 (adds model.int8.onnx) or none"})


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(ExportArguments).parse_args_into_dataclasses(argv)
    run_stage(lambda: export_onnx(args.name, args.export_dir, args.data_dir, args.quantize))


if __name__ == "__main__":
    main()
