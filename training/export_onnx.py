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

import onnx
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, HfArgumentParser

from engine.backends import OnnxBackend, load_weights
from engine.gpt2 import GPT2, OnnxStep, io_names
from engine.prompt import prompt_ids
from training.dataset import dataset_dir
from training.errors import TweetbotsError, run_stage
from training.tweets import read_jsonl, write_atomic

FP32_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
REPORT_FILE = "onnx_export.json"
FP32_TOLERANCE = 1e-3  # max |logit difference| ONNX Runtime fp32 vs PyTorch
OPSET = 20
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


def export_fp32(model: GPT2, target: Path) -> None:
    """Trace OnnxStep with two rows of three tokens so every axis comes out dynamic."""
    shape = model.shape
    batch, length, room = 2, 3, 8
    inputs = (
        torch.ones(batch, length, dtype=torch.long),
        torch.arange(length).repeat(batch, 1),
        torch.full((batch,), length - 1, dtype=torch.int32),
        torch.tensor(length, dtype=torch.int32),
        torch.full((batch,), length - 1, dtype=torch.long),
        *[torch.zeros(batch, shape.n_head, room, shape.head_dim)] * (2 * shape.n_layer),
    )
    names_in, names_out = io_names(shape.n_layer)
    axes = {"input_ids": {0: "batch", 1: "length"}, "position_ids": {0: "batch", 1: "length"}}
    axes |= {"seqlens_k": {0: "batch"}, "last_index": {0: "batch"}, "logits": {0: "batch"}}
    axes.update({name: {0: "batch", 2: "room"} for name in names_in[5:] + names_out[1:]})
    torch.onnx.export(
        OnnxStep(model),
        inputs,
        str(target),
        input_names=names_in,
        output_names=names_out,
        dynamic_axes=axes,
        opset_version=OPSET,
        dynamo=False,
        custom_opsets={"com.microsoft": 1},
    )


def quantize_int8(source: Path, target: Path) -> None:
    """8-bit weights for every MatMul (the untied output layer too), MatMulNBits kernels.

    accuracy_level 4 quantizes activations at run time in blocks of one row, so a row's
    logits never depend on the other rows of its batch: the same request and seed give the
    same text whoever shares the batch. `quantize_dynamic` is faster (one activation scale
    per tensor) but breaks that: a row's logits moved by up to 0.08 with its batch mates.
    """
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    quantizer = MatMulNBitsQuantizer(
        onnx.load(source), bits=8, block_size=128, is_symmetric=True, accuracy_level=4
    )
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)


def backend(path: Path, model: GPT2, eos: int) -> OnnxBackend:
    """The serving engine's ONNX Runtime backend on this file, as the handler will run it."""
    return OnnxBackend(path, model.shape, gpu_id=None, threads=os.cpu_count() or 1, eos=eos)


def serving_steps(runtime: OnnxBackend, rows: list[list[int]], joining: list[list[int]]):
    """Greedy decoding as the engine runs it: prefill, a decode step, more rows join, the
    first row leaves, two more steps. Returns (row, prefix length, logits) of every step."""
    seen = []
    live = list(range(len(rows)))  # backend row i is rows[live[i]]

    def record(logits: torch.Tensor, indices: list[int]) -> None:
        for row, scores in zip(indices, logits, strict=True):
            seen.append((row, len(rows[row]), scores))
            rows[row].append(int(scores.argmax()))

    def decode() -> None:
        record(runtime.decode(torch.tensor([rows[r][-1] for r in live])), live)

    runtime.reset()
    record(runtime.prefill([list(r) for r in rows]), live)
    decode()
    if joining:
        first = len(rows)
        rows += [list(r) for r in joining]
        live += list(range(first, len(rows)))
        record(runtime.prefill(joining), live[-len(joining) :])
        decode()
    if len(live) > 1:  # the first row leaves: the last one takes its slot
        order = [len(live) - 1, *range(1, len(live) - 1)]
        runtime.compact(order)
        live = [live[i] for i in order]
    decode()
    decode()
    runtime.reset()
    return seen


def validate_fp32(folder: Path, runtime: OnnxBackend, tokenizer, texts: list[str]) -> float:
    """Max |logit diff| between ONNX Runtime (the engine's backend, cache and joins included)
    and transformers (no cache, one unpadded row at a time)."""
    reference = AutoModelForCausalLM.from_pretrained(folder).eval()
    worst = 0.0
    for size in (1, 3, 8):
        rows = [prompt_ids(tokenizer, text) for text in texts[:size]]
        joining = [prompt_ids(tokenizer, text) for text in texts[size : size + 2]]
        seen = serving_steps(runtime, rows, joining)
        with torch.inference_mode():
            expected = [reference(input_ids=torch.tensor([row])).logits[0] for row in rows]
        for row, length, scores in seen:
            diff = (expected[row][length - 1] - scores).abs().max()
            worst = max(worst, float(diff))
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
