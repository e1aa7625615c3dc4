"""Fine-tune a causal LM on a bot's dataset and export it (safetensors, tokenizer, card).

The whole loop is here, top to bottom: tokenize once, then per epoch shuffle the tweets,
join them with `<|endoftext|>` (before, between and after), cut the stream into blocks,
and take AdamW steps on a cosine schedule with no warm-up (the reference recipe). After
every epoch the held-out tweets give a validation loss and perplexity; the best epoch's
weights are exported (or the last, `--keep last`).

Trust: every random choice is derived from the seed (epoch order from (seed, epoch), dropout
from (seed, step, rank)), so a run is bit-identical on CPU and a killed run continues from its
last checkpoint to the same weights. The same entry point runs under torchrun with
DistributedDataParallel; the global batch stays `--batch_size` whatever the process count.

Reads `data/<name>/dataset/`, records the run in `runs/<name>/<run-id>/` (see tracking.py),
and writes the export folder `exports/<name>/` only when training has finished.

Usage: python -m training.train --name NAME [--base tiny] [--epochs 4] [--lora] ...
       torchrun --nproc_per_node 2 -m training.train --name NAME ...
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import ClassVar

import torch
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from tqdm.auto import tqdm
from transformers import (
    GenerationConfig,
    HfArgumentParser,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    get_cosine_schedule_with_warmup,
)

from engine import GENERATION_DEFAULTS, Engine, SamplingParams, TorchBackend
from engine.backends import native_bf16
from engine.gpt2 import GPT2, Shape
from engine.prompt import answer, tweet_ids
from training import checkpoint, distributed, standard, tracking
from training.base_facts import unigram_perplexity, usefulness_warning
from training.base_model import TINY, load_base
from training.card import export_usage, write_card
from training.dataset import DatasetConfig, dataset_dir, read_tables
from training.errors import TweetbotsError, run_stage
from training.fast_dropout import use_fast_dropout
from training.fused_lora import use_fused_lora
from training.lora import DEFAULT_TARGETS, add_adapters, merge, save_adapter
from training.stage_clock import StageClock
from training.tweets import read_jsonl, share_tree, write_atomic

PROMPTS = ("I think that", "I like", "I don't like", "I want", "My dream is")
KEEP = ("best", "last")
PRECISIONS = ("auto", "fp32", "bf16")
HEAD_CHUNK = 256  # rows of logits computed at a time: 256 x 50,257 fp32 is 51 MB, not 205


@dataclass
class TrainConfig:
    """The recipe; defaults are the reference's (huggingtweets), LoRA's learning rate its own."""

    FULL_LEARNING_RATE: ClassVar[float] = 1.372e-4  # huggingtweets' full fine-tuning
    # LoRA trains ~1% of the weights from zero; it wants a higher rate (docs/training.md).
    LORA_LEARNING_RATE: ClassVar[float] = 1e-3

    base: str = field(
        default="gpt2", metadata={"help": "Hub id, local folder, or 'tiny' (offline, random init)"}
    )
    epochs: int = field(default=4, metadata={"help": "passes over the training tweets"})
    learning_rate: float | None = field(
        default=None,
        metadata={"help": "AdamW peak learning rate; default 1.372e-4, with --lora 1e-3"},
    )
    batch_size: int = field(
        default=8, metadata={"help": "blocks per optimizer step, over all processes together"}
    )
    block_size: int = field(default=128, metadata={"help": "tokens per training block"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm"})
    keep: str = field(
        default="best", metadata={"help": "weights to export: 'best' validation epoch or 'last'"}
    )
    checkpoint_every: int = field(
        default=100,
        metadata={"help": "steps between checkpoints (also after every epoch); 0: epochs only"},
    )
    lora: bool = field(
        default=False, metadata={"help": "train LoRA adapters instead of all weights"}
    )
    lora_rank: int = field(default=8, metadata={"help": "LoRA rank"})
    lora_alpha: float = field(
        default=16.0, metadata={"help": "LoRA scale numerator (scale = alpha/rank)"}
    )
    lora_dropout: float = field(default=0.05, metadata={"help": "dropout on the LoRA input"})
    lora_targets: str = field(
        default=DEFAULT_TARGETS, metadata={"help": "comma-separated module names to adapt"}
    )
    report_to: str = field(
        default="", metadata={"help": "'wandb': also log to Weights & Biases (TensorBoard always)"}
    )
    threads: int = field(
        default=0, metadata={"help": "CPU threads per process; 0: this machine's cores / processes"}
    )
    precision: str = field(
        default="auto",
        metadata={
            "help": "auto: bf16 autocast (fp32 master weights) on CUDA or a CPU with native bf16 "
            "(AVX512-BF16, AMX), fp32 elsewhere; fp32 or bf16 force one"
        },
    )

    def __post_init__(self) -> None:
        if self.learning_rate is None:
            self.learning_rate = self.LORA_LEARNING_RATE if self.lora else self.FULL_LEARNING_RATE


def check_config(config: TrainConfig) -> None:
    if config.epochs < 1 or config.batch_size < 1 or config.block_size < 2:
        raise TweetbotsError("epochs and batch_size must be at least 1, block_size at least 2")
    if config.keep not in KEEP:
        raise TweetbotsError(f"keep must be one of {', '.join(KEEP)}, not {config.keep!r}")
    if config.report_to not in tracking.REPORTERS:
        raise TweetbotsError(f"report_to must be empty or 'wandb', not {config.report_to!r}")
    if config.report_to == "wandb" and importlib.util.find_spec("wandb") is None:
        raise TweetbotsError(
            "REPORT_TO=wandb needs Weights & Biases: pip install wandb, then wandb login "
            "(or WANDB_MODE=offline)"
        )
    if config.checkpoint_every < 0 or config.lora_rank < 1:
        raise TweetbotsError("checkpoint_every must be at least 0 and lora_rank at least 1")
    if config.precision not in PRECISIONS:
        raise TweetbotsError(
            f"precision must be one of {', '.join(PRECISIONS)}, not {config.precision!r}"
        )


def choose_precision(requested: str, device: torch.device) -> tuple[str, str]:
    """The precision this machine trains in, and why (logged and written to training.json)."""
    if requested != "auto":
        return requested, f"forced (precision={requested})"
    if device.type == "cuda":
        if torch.cuda.is_bf16_supported():
            return "bf16", "CUDA with bf16"
        return "fp32", "this GPU has no bf16"
    if native_bf16():
        return "bf16", "the CPU has native bf16 dot products (AVX512-BF16 or AMX)"
    return "fp32", (
        "this CPU has no native bf16 dot products (no AVX512-BF16, no AMX): "
        "bf16 would be emulated, far slower than fp32"
    )


def blocks(tweets: list[list[int]], eos: int, block_size: int) -> list[list[int]]:
    """Join the tweets (with a closing <|endoftext|>) and cut the stream into blocks.

    A last block of one token predicts nothing and is dropped.
    """
    stream = [token for tweet in tweets for token in tweet] + [eos]
    cut = [stream[i : i + block_size] for i in range(0, len(stream), block_size)]
    return [block for block in cut if len(block) > 1]


def epoch_order(tweets: list[list[int]], seed: int, epoch: int) -> list[list[int]]:
    """A fresh shuffle per epoch that depends only on (seed, epoch), so a resumed run redoes it."""
    return random.Random(f"{seed}:{epoch}").sample(tweets, len(tweets))


def step_seed(seed: int, step: int, rank: int) -> int:
    """The torch seed of one step on one process (dropout), independent of what ran before."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{step}:{rank}".encode()).digest()[:7], "little")


def predicted_tokens(rows: list[list[int]]) -> int:
    return sum(len(row) - 1 for row in rows)


def collate(batch: list[list[int]], pad: int, device: torch.device) -> dict[str, torch.Tensor]:
    """Right-pad a batch; padded positions are masked and ignored by the loss."""
    width = max(len(row) for row in batch)
    ids = torch.full((len(batch), width), pad, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, row in enumerate(batch):
        ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    labels = ids.masked_fill(mask == 0, -100)
    return {
        "input_ids": ids.to(device),
        "attention_mask": mask.to(device),
        "labels": labels.to(device),
    }


class HeadBuffers:
    """The output layer's working memory, kept across chunks and steps.

    Fresh 50,257-wide buffers every chunk cost more than the products they feed inside a
    training step (new pages from the OS each time: the output layer took 0.29-0.77 s of a
    1.5 s LoRA step, against 0.22 s with the memory reused; bench/results/train_profile.md).
    A frozen weight (LoRA's tied embedding) is cast to the products' dtype once, and again
    only if it changes (its version counter moves).
    """

    def __init__(self) -> None:
        self.tensors: dict[str, torch.Tensor] = {}
        self.cast_of: tuple | None = None  # (data pointer, version, dtype) of the cast weight

    def get(self, name: str, shape: tuple[int, ...], dtype: torch.dtype, device) -> torch.Tensor:
        """A buffer of at least `shape` (rows may be fewer than the buffer's), uninitialised."""
        held = self.tensors.get(name)
        fits = held is not None and held.dtype == dtype and held.device == device
        if not (fits and held.shape[1:] == shape[1:] and held.shape[0] >= shape[0]):
            held = self.tensors[name] = torch.empty(shape, dtype=dtype, device=device)
        return held[: shape[0]]

    def weight(self, weight: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
        """`weight` in `dtype`: cast into a kept buffer, once while a frozen weight is unchanged."""
        if weight.dtype == dtype:
            return weight
        key = (weight.data_ptr(), weight._version, dtype)
        cast = self.get("weight", tuple(weight.shape), dtype, weight.device)
        if weight.requires_grad or self.cast_of != key:
            cast.copy_(weight)
            self.cast_of = None if weight.requires_grad else key
        return cast


class HeadLoss(torch.autograd.Function):
    """The output layer and the summed cross-entropy, `chunk` rows at a time.

    The full logits (rows x vocabulary, 205 MB in fp32 for a batch of 8 x 128) are never held:
    each chunk's logits give its loss and, when gradients are wanted, its gradients at once
    (softmax minus one-hot, times the weight and the hidden states), so backward is a scale.
    Matrix products run in `dtype` (bf16 or fp32); softmax and sums are fp32, computed in
    place in `buffers` (HeadBuffers: a fresh one per call when None).
    """

    @staticmethod
    def forward(ctx, hidden, weight, labels, dtype, chunk, grads, buffers=None):  # noqa: ANN001, D102
        buffers = buffers or HeadBuffers()
        w = buffers.weight(weight, dtype)
        want_h, want_w = grads and hidden.requires_grad, grads and weight.requires_grad
        grad_h = torch.empty_like(hidden) if want_h else None
        grad_w = torch.zeros_like(weight, dtype=torch.float32) if want_w else None
        total = torch.zeros((), dtype=torch.float32, device=hidden.device)
        shape, device = (min(chunk, hidden.shape[0]), weight.shape[0]), hidden.device
        for start in range(0, hidden.shape[0], chunk):
            h = hidden[start : start + chunk].to(dtype)
            y = labels[start : start + chunk]
            keep = y != -100
            products = buffers.get("products", shape, dtype, device)[: len(h)]
            torch.mm(h, w.T, out=products)
            logits = products
            if dtype != torch.float32:
                logits = buffers.get("logits", shape, torch.float32, device)[: len(h)]
                logits.copy_(products)
            target = logits.gather(1, y.clamp(min=0)[:, None]).squeeze(1)
            top = logits.amax(dim=-1, keepdim=True)
            sums = logits.sub_(top).exp_().sum(dim=-1)  # logits now hold exp(logit - max)
            lse = top.squeeze(1) + sums.log()
            total += torch.where(keep, lse - target, 0.0).sum()
            if want_h or want_w:
                probs = logits.div_(sums[:, None])  # softmax, in the logits' memory
                probs[keep, y[keep]] -= 1.0
                probs.mul_(keep[:, None])
                g = probs if dtype == torch.float32 else products.copy_(probs)
                if want_h:
                    grad_h[start : start + chunk] = g @ w
                if want_w:
                    part = buffers.get("weight_products", tuple(weight.shape), dtype, device)
                    grad_w += torch.mm(g.T, h, out=part)
        ctx.save_for_backward(*(t for t in (grad_h, grad_w) if t is not None))
        ctx.has = (want_h, want_w)
        return total

    @staticmethod
    def backward(ctx, grad_total):  # noqa: ANN001, D102
        saved = iter(ctx.saved_tensors)
        grad_h = next(saved) * grad_total if ctx.has[0] else None
        grad_w = next(saved) * grad_total if ctx.has[1] else None
        return grad_h, grad_w, None, None, None, None, None


class LossModel(torch.nn.Module):
    """GPT-2's body and a chunked output layer: the summed next-token loss of a batch.

    A module of its own so that DistributedDataParallel wraps the whole loss computation.
    `reference`: the loop before issue 16 (the model's full logits, then cross-entropy), kept
    as the yardstick of the quality test and the profile.
    """

    def __init__(self, model: PreTrainedModel, precision: str, reference: bool = False) -> None:
        super().__init__()
        self.model, self.reference = model, reference
        self.dtype = torch.bfloat16 if precision == "bf16" else torch.float32
        self.head_buffers = HeadBuffers()

    def forward(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        if self.reference:
            logits = self.model(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            ).logits
            return F.cross_entropy(
                logits[:, :-1].flatten(0, 1).float(),
                batch["labels"][:, 1:].flatten(),
                ignore_index=-100,
                reduction="sum",
            )
        lm = self.model.get_base_model() if hasattr(self.model, "get_base_model") else self.model
        device = batch["input_ids"].device.type
        with torch.autocast(device, dtype=torch.bfloat16, enabled=self.dtype == torch.bfloat16):
            hidden = lm.transformer(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            ).last_hidden_state
        rows = hidden[:, :-1].flatten(0, 1)
        labels = batch["labels"][:, 1:].flatten()
        weight = lm.get_output_embeddings().weight
        grads = torch.is_grad_enabled()
        return HeadLoss.apply(
            rows, weight, labels, self.dtype, HEAD_CHUNK, grads, self.head_buffers
        )


def loss_sum(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Summed (not averaged) next-token loss, so processes' shares add up to the global batch.

    `model` is a LossModel (or its DDP wrapper), or a plain transformers model (fp32).
    """
    if isinstance(model, PreTrainedModel):
        model = LossModel(model, "fp32")
    return model(batch)


def train_step(
    model: torch.nn.Module, rows: list[list[int]], eos: int, processes: distributed.Processes
) -> float:
    """Backward this process's share of the global batch; returns the global batch's mean loss.

    Each process scales its summed loss by world_size / (global token count): DDP averages
    gradients over processes, so the result is exactly the one-process gradient.
    """
    count = max(predicted_tokens(rows), 1)
    share = rows[processes.rank :: processes.world_size]
    batch = collate(share or [[eos, eos]], eos, processes.device)
    if not share:  # fewer blocks than processes: join the gradient all-reduce with zero loss
        batch["labels"].fill_(-100)
    total = loss_sum(model, batch)
    (total * processes.world_size / count).backward()
    (summed,) = processes.sum([total.item()])
    return summed / count


@dataclass
class Setup:
    """What a training process holds: the model, its loss module, the optimizer, the choices."""

    model: PreTrainedModel  # the transformers (or peft) model that is saved and exported
    tokenizer: PreTrainedTokenizerBase
    loss_model: LossModel  # evaluation runs it
    step_model: torch.nn.Module  # loss_model, wrapped in DDP when there are several processes
    trainable: list[torch.nn.Parameter]
    optimizer: torch.optim.Optimizer
    processes: distributed.Processes
    precision: str  # fp32 | bf16 (autocast; master weights and AdamW state stay fp32)
    precision_reason: str
    max_grad_norm: float
    foreach: bool  # multi-tensor clipping (and AdamW); False only for the reference loop


def build_model(config: TrainConfig, seed: int) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """The base with adapters when LoRA, all in fp32 (the export's weights), and its tokenizer."""
    model, tokenizer = load_base(config.base, seed)
    if config.lora:
        model = add_adapters(
            model, config.lora_rank, config.lora_alpha, config.lora_dropout, config.lora_targets
        )
    return model, tokenizer


def fuse_gelu(model: torch.nn.Module) -> None:
    """GPT-2's `gelu_new` (tanh GELU written as six elementwise ops) -> torch's fused tanh GELU.

    The same function (to ~2e-7 in fp32), several times faster forward and backward on a CPU
    (bench/results/train_profile.md). Only the training modules change: the saved config still
    says gelu_new, so the export and serving are as before.
    """
    from transformers.activations import GELUTanh, NewGELUActivation

    for module in model.modules():
        if isinstance(getattr(module, "act", None), NewGELUActivation):
            module.act = GELUTanh()


def prepare(
    config: TrainConfig,
    seed: int,
    processes: distributed.Processes | None = None,
    device: torch.device | None = None,
    reference: bool = False,
) -> Setup:
    """The model on its device in the chosen precision, and AdamW (fused: 4x foreach on a CPU).

    With LoRA and bf16 the frozen base's matrices are held in bf16 (no per-step casts; they get
    no gradients); the adapters, layer norms and embeddings stay fp32. `reference`: the loop
    before issue 16 (fp32, full logits, AdamW's and clipping's per-tensor loops).
    """
    if processes is None:
        processes = distributed.Processes(0, 1, 1, device or torch.device("cpu"), False)
    if reference:
        precision, reason = "fp32", "the reference loop"
    else:
        precision, reason = choose_precision(config.precision, processes.device)
    model, tokenizer = build_model(config, seed)
    if not reference:
        fuse_gelu(model)
        if processes.device.type == "cpu":
            use_fast_dropout(model)
            if config.lora:
                use_fused_lora(model)
    model.to(processes.device).train()
    if config.lora and precision == "bf16":
        for module in model.modules():
            if type(module).__name__ == "Conv1D":  # GPT-2's frozen matrices (peft's base_layer)
                module.to(torch.bfloat16)
    trainable = [p for p in model.parameters() if p.requires_grad]
    fast = {"foreach": False} if reference else {"fused": True}  # fused: CUDA and CPU alike
    optimizer = torch.optim.AdamW(
        trainable, lr=config.learning_rate, weight_decay=config.weight_decay, **fast
    )
    loss_model = step_model = LossModel(model, precision, reference)
    if processes.world_size > 1:
        ids = [processes.device] if processes.device.type == "cuda" else None
        step_model = DistributedDataParallel(loss_model, device_ids=ids)
    return Setup(
        model,
        tokenizer,
        loss_model,
        step_model,
        trainable,
        optimizer,
        processes,
        precision,
        reason,
        config.max_grad_norm,
        not reference,
    )


def optimizer_step(setup: Setup, rows: list[list[int]], eos: int) -> float:
    """One step of the recipe (backward, clip, AdamW); the loop and bench.train_profile run it."""
    loss = train_step(setup.step_model, rows, eos, setup.processes)
    torch.nn.utils.clip_grad_norm_(setup.trainable, setup.max_grad_norm, foreach=setup.foreach)
    setup.optimizer.step()
    setup.optimizer.zero_grad(set_to_none=True)
    return loss


@torch.no_grad()
def evaluate(
    model: torch.nn.Module,
    data: list[list[int]],
    pad: int,
    batch_size: int,
    processes: distributed.Processes,
) -> float:
    """Mean loss per predicted token over the validation blocks; each process takes a share."""
    model.eval()
    total = 0.0
    stride = batch_size * processes.world_size
    for start in range(processes.rank * batch_size, len(data), stride):
        batch = collate(data[start : start + batch_size], pad, processes.device)
        total += loss_sum(model, batch).item()  # a Python float: summed in float64
    model.train()
    (total,) = processes.sum([total])
    return total / max(predicted_tokens(data), 1)


def sample_tweets(
    model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, seed: int
) -> list[dict[str, str]]:
    """One tweet per reference prompt, generated by the serving engine with the serving
    defaults (prompt i with seed + i), for the model card."""
    weights = {key: value.detach().cpu() for key, value in model.state_dict().items()}
    shape = Shape.from_config(model.config.to_dict())
    backend = TorchBackend(GPT2(shape, weights), torch.device("cpu"), tokenizer.eos_token_id)
    engine = Engine(backend, tokenizer)
    settings = {k: v for k, v in GENERATION_DEFAULTS.items() if k not in ("do_sample",)}
    params = [SamplingParams(**{**settings, "seed": seed + i}) for i in range(len(PROMPTS))]
    texts = engine.generate(PROMPTS, params)
    return [{"prompt": p, "text": answer(p, t[0])} for p, t in zip(PROMPTS, texts, strict=True)]


def duration(seconds: float) -> str:
    """`1 h 02 min`, `4 min 05 s` or `12.3 s`."""
    if seconds >= 3600:
        return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60):02d} min"
    if seconds >= 60:
        return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"
    return f"{seconds:.1f} s"


class Pace:
    """The ETA from the measured step rate (the first step, a warm-up, is not counted)."""

    MEASURED = 2  # steps timed before the ETA is printed

    def __init__(self, steps_left: int) -> None:
        self.steps_left, self.times = steps_left, []
        self.started = time.perf_counter()

    def step(self, seconds: float) -> str | None:
        """Count a step; the ETA line once MEASURED steps after the first have been timed."""
        self.steps_left -= 1
        self.times.append(seconds)
        if len(self.times) != self.MEASURED + 1 or not self.steps_left:
            return None
        rate = sorted(self.times[1:])[len(self.times[1:]) // 2]
        return (
            f"ETA: about {duration(rate * self.steps_left)} for the {self.steps_left} steps left "
            f"({rate:.2f} s a step, evaluation after each epoch not counted)"
        )

    def total(self, tokens: int, train_seconds: float, precision: str) -> str:
        return (
            f"trained in {duration(time.perf_counter() - self.started)} "
            f"({tokens / max(train_seconds, 1e-9):,.0f} tokens/s over the run's steps, {precision})"
        )


def interrupted(step: int, total_steps: int, saved: int, run: Path) -> str:
    """What an interrupted run says: where it stopped and how to go on."""
    if not saved:
        return (
            f"interrupted at step {step} of {total_steps}, before the first checkpoint: "
            "the same command starts again from step 0"
        )
    return (
        f"interrupted at step {step} of {total_steps}: run the same command again (same "
        f"settings, same dataset) to resume from the checkpoint at step {saved} in {run}"
    )


def run_fingerprint(config: TrainConfig, seed: int, folder: Path, reference: bool = False) -> str:
    """What decides a run's weights: the recipe, the seed, the dataset's files (and the loop)."""
    parts = {
        "config": asdict(config),
        "seed": seed,
        "train": tracking.file_hash(folder / "train.jsonl"),
        "validation": tracking.file_hash(folder / "validation.jsonl"),
    }
    return tracking.fingerprint({**parts, "reference_loop": True} if reference else parts)


def up_to_date(name: str, runs: Path, export_dir: Path, run_print: str) -> str | None:
    """The finished run whose weights `export_dir/name` holds, when it had this fingerprint."""
    summary = export_dir / name / "training.json"
    if not summary.exists():
        return None
    run = json.loads(summary.read_text()).get("run", "")
    finished = runs / run / tracking.SUMMARY
    if run and finished.exists() and tracking.recorded_fingerprint(runs / run) == run_print:
        return run
    return None


def train(
    name: str,
    data_dir: Path,
    runs_dir: Path,
    export_dir: Path,
    config: TrainConfig,
    seed: int,
    retrain: bool = False,
    reference: bool = False,
    stage_clock: StageClock | None = None,
) -> Path:
    """Train the bot `name` on its dataset; returns the export folder (on every process).

    When the export already holds a finished run of these settings on this dataset, nothing is
    trained (unless `retrain`). `reference`: the loop before issue 16 (see LossModel), the
    yardstick of tests/test_train_speed.py. `stage_clock` gets the "tokenize" and "export" stages.
    """
    folder = dataset_dir(name, data_dir)
    if not (folder / "train.jsonl").exists():
        raise TweetbotsError(f"no dataset for {name} in {folder}: run the dataset stage first")
    check_config(config)
    run_print = run_fingerprint(config, seed, folder, reference)
    done = None if retrain else up_to_date(name, runs_dir / name, export_dir, run_print)
    if done:
        print(
            f"{name} is up to date: {export_dir / name} holds run {done}, trained with these "
            "settings on this dataset (FORCE_RETRAIN=1 trains it again)"
        )
        return export_dir / name
    processes = distributed.start()
    try:
        return run_training(
            name, folder, runs_dir / name, export_dir, config, seed, processes, reference,
            stage_clock or StageClock(),
        )  # fmt: skip
    finally:
        processes.close()


def run_training(
    name: str,
    folder: Path,
    runs: Path,
    export_dir: Path,
    config: TrainConfig,
    seed: int,
    processes: distributed.Processes,
    reference: bool = False,
    stage_clock: StageClock | None = None,
) -> Path:
    """Set up (or resume) the run, train epoch by epoch, and on rank 0 export the kept weights."""
    stages = stage_clock or StageClock()
    threads = distributed.tune_cpu(config.threads, processes)
    setup = prepare(config, seed, processes, reference=reference)
    model, tokenizer, optimizer, trainable = (
        setup.model,
        setup.tokenizer,
        setup.optimizer,
        setup.trainable,
    )
    block_size = min(config.block_size, model.config.n_positions)
    eos = tokenizer.eos_token_id
    with stages("tokenize"):
        train_tweets = tweet_ids(tokenizer, [r["text"] for r in read_jsonl(folder / "train.jsonl")])
        validation_tweets = tweet_ids(
            tokenizer, [r["text"] for r in read_jsonl(folder / "validation.jsonl")]
        )
    validation = blocks(validation_tweets, eos, block_size)
    baseline = unigram_perplexity(train_tweets, validation_tweets, len(tokenizer))
    train_blocks = blocks(train_tweets, eos, block_size)  # same count and sizes every epoch
    epoch_tokens = sum(len(b) for b in train_blocks)
    steps_per_epoch = math.ceil(len(train_blocks) / config.batch_size)
    total_steps = steps_per_epoch * config.epochs
    schedule = get_cosine_schedule_with_warmup(optimizer, 0, total_steps)

    dataset_meta = json.loads((folder / "dataset.json").read_text())
    run_print = run_fingerprint(config, seed, folder, reference)
    run = processes.share(tracking.run_folder(runs, run_print) if processes.main else None)
    state = checkpoint.load(run / checkpoint.CHECKPOINT)
    resumed = processes.share(state["step"] if state else 0)
    if resumed and (state is None or state["step"] != resumed):
        raise TweetbotsError(
            f"process {processes.rank} cannot read {run}: resuming needs "
            "the runs folder on a filesystem every machine shares"
        )
    step, history, clock = 0, [], [0, 0.0]  # clock: this epoch's tokens and training seconds
    if state:
        checkpoint.load_trainable(model, state["model"])
        optimizer.load_state_dict(state["optimizer"])
        schedule.load_state_dict(state["schedule"])
        step, history, clock = state["step"], state["history"], state["clock"]
    seeds = {
        "dataset_split_and_oversampling": dataset_meta["seed"],
        "initialisation": seed,
        "data_order": seed,
        "dropout": seed,
        "samples": seed,
        "how": "epoch e shuffles with random.Random(f'{seed}:{e}'); step s on process r "
        "seeds torch with sha256(f'{seed}:{s}:{r}'); sample i with seed + i",
    }
    run_config = {
        "name": name,
        "fingerprint": run_print,
        "train": asdict(config),
        "seed": seed,
        "dataset": dataset_meta,
        "processes": processes.world_size,
        "threads_per_process": threads,
        "device": str(processes.device),
        "precision": setup.precision,
        "precision_reason": setup.precision_reason,
        "steps": total_steps,
    }
    tracker = None
    if processes.main:
        tracking.describe_run(
            run, run_config, json.loads((folder / "tables.json").read_text()), seeds
        )
        tracker = tracking.Tracker(run, step, config.report_to, run_config)
        print(f"run {run}" + (f": resuming at step {step} of {total_steps}" if step else ""))
        print(f"precision {setup.precision}: {setup.precision_reason}")
    progress = tqdm(
        total=total_steps,
        initial=step,
        desc=f"training {name}",
        unit="step",
        disable=not processes.main,
    )
    saved, pace = step, Pace(total_steps - step)
    try:
        for epoch in range(step // steps_per_epoch + 1, config.epochs + 1):
            epoch_blocks = blocks(epoch_order(train_tweets, seed, epoch), eos, block_size)
            for index in range(step - (epoch - 1) * steps_per_epoch, steps_per_epoch):
                started = time.perf_counter()
                rows = epoch_blocks[index * config.batch_size : (index + 1) * config.batch_size]
                step += 1
                torch.manual_seed(step_seed(seed, step, processes.rank))
                loss = optimizer_step(setup, rows, eos)
                schedule.step()
                seconds = time.perf_counter() - started
                clock = [clock[0] + sum(len(r) for r in rows), clock[1] + seconds]
                eta = pace.step(seconds)
                if eta and processes.main:
                    progress.write(eta)
                progress.update()
                progress.set_postfix(epoch=epoch, loss=f"{loss:.3f}")
                if tracker is not None:
                    tracker.record(
                        {
                            "step": step,
                            "epoch": epoch,
                            "loss": loss,
                            "learning_rate": schedule.get_last_lr()[0],
                        }
                    )
                if (
                    config.checkpoint_every
                    and step % config.checkpoint_every == 0
                    and index + 1 < steps_per_epoch
                ):
                    save_progress(run, model, optimizer, schedule, step, history, clock, processes)
                    saved = step
            validation_loss = evaluate(
                setup.loss_model, validation, eos, config.batch_size, processes
            )
            history.append(
                {
                    "step": step,
                    "epoch": epoch,
                    "validation_loss": validation_loss,
                    "validation_perplexity": math.exp(min(validation_loss, 50)),
                    "seconds": round(clock[1], 2),
                    "tokens_per_second": round(clock[0] / max(clock[1], 1e-9), 1),
                }
            )
            clock = [0, 0.0]
            progress.write(
                f"epoch {epoch}: validation loss {validation_loss:.4f}, "
                f"perplexity {history[-1]['validation_perplexity']:.2f}"
            )
            if tracker is not None:
                tracker.record(history[-1])
            if processes.main and validation_loss <= min(h["validation_loss"] for h in history):
                checkpoint.save(run / checkpoint.BEST, checkpoint.trainable_state(model))
            save_progress(run, model, optimizer, schedule, step, history, clock, processes)
            saved = step
    except KeyboardInterrupt:
        progress.close()
        if processes.main:
            print(interrupted(step, total_steps, saved, run), file=sys.stderr)
        raise
    progress.close()
    if processes.main:
        seconds = sum(h["seconds"] for h in history)
        print(pace.total(epoch_tokens * len(history), seconds, setup.precision))
    target = export_dir / name
    with stages("export"):  # rank 0: sample, export and close the run
        if tracker is not None:
            best = min(history, key=lambda h: h["validation_loss"])
            kept = best if config.keep == "best" else history[-1]
            if config.keep == "best":
                checkpoint.load_trainable(model, checkpoint.load(run / checkpoint.BEST))
            if config.lora and setup.precision == "bf16":  # the frozen base was held in bf16:
                adapters = checkpoint.trainable_state(model)  # export on the fp32 base
                model, _ = build_model(config, seed)
                checkpoint.load_trainable(model, adapters)
            summary = {
                "name": name,
                "run": run.name,
                "config": asdict(config),
                "seed": seed,
                "seeds": seeds,
                "steps": total_steps,
                "train_tweets": len(train_tweets),
                "validation_tweets": len(validation_tweets),
                "tokens_per_epoch": epoch_tokens,
                "seconds": round(sum(h["seconds"] for h in history), 1),
                "tokens_per_second": round(
                    epoch_tokens * len(history) / max(sum(h["seconds"] for h in history), 1e-9), 1
                ),
                "epochs": history,
                "best": best,
                "baseline_perplexity": baseline,
                "exported_epoch": kept["epoch"],
                "device": str(processes.device),
                "precision": {
                    "requested": config.precision,
                    "used": setup.precision,
                    "why": setup.precision_reason,
                },
                "useful": usefulness_warning(best["validation_perplexity"], baseline) is None,
                "processes": processes.world_size,
                "threads_per_process": threads,
                "trainable_parameters": sum(p.numel() for p in trainable),
            }
            tracker.close()
            attachments = [run / tracking.PLOT]
            if config.lora:  # the adapter alone is what a LoRA bot publishes (training.publish)
                summary["adapter_bytes"] = save_adapter(model, run / "adapter")
                attachments.append(run / "adapter")
                model = merge(model)
            summary["samples"] = sample_tweets(model, tokenizer, seed)
            target = export(model, tokenizer, name, folder, export_dir, summary, attachments)
            tracking.finish_run(run, summary)
            if config.lora:
                print(
                    f"LoRA adapter {summary['adapter_bytes'] / 1e6:.2f} MB on disk, "
                    f"full model {summary['model_bytes'] / 1e6:.2f} MB"
                )
            warning = usefulness_warning(best["validation_perplexity"], baseline)
            if warning:
                print(f"warning: {warning}", file=sys.stderr)
    processes.barrier()
    return target


def save_progress(
    run: Path,
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    schedule: torch.optim.lr_scheduler.LRScheduler,
    step: int,
    history: list[dict],
    clock: list,
    processes: distributed.Processes,
) -> None:
    """Rank 0 writes the checkpoint (every process holds the same state under DDP)."""
    if processes.main:
        checkpoint.save(
            run / checkpoint.CHECKPOINT,
            {
                "model": checkpoint.trainable_state(model),
                "optimizer": optimizer.state_dict(),
                "schedule": schedule.state_dict(),
                "step": step,
                "history": history,
                "clock": clock,
            },
        )


def export(
    model: PreTrainedModel,
    tokenizer,
    name: str,
    dataset: Path,
    export_dir: Path,
    summary: dict,
    attachments: Sequence[Path] = (),
) -> Path:
    """Write the export folder next to the old one, then swap it in (safetensors only).

    `attachments` (the loss plot, the LoRA adapter) are copied in; the weights' size on disk
    is added to `summary` for the card.
    """
    export_dir.mkdir(parents=True, exist_ok=True)
    for stale in export_dir.glob(f".{name}.*"):  # left by an export that was killed
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(dir=export_dir, prefix=f".{name}."))
    model.generation_config = GenerationConfig(
        **GENERATION_DEFAULTS,
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.eos_token_id,
    )
    prompt = standard.add_prompt_settings(model.config.to_dict(), tokenizer.eos_token)
    model.config.update({k: prompt[k] for k in ("prefix", "task_specific_params")})
    model.cpu().save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    summary["model_bytes"] = (staging / "model.safetensors").stat().st_size
    for attachment in attachments:
        if attachment.is_dir():
            shutil.copytree(attachment, staging / attachment.name)
        else:
            shutil.copyfile(attachment, staging / attachment.name)
    tables = read_tables(dataset)
    write_atomic(staging / "training.json", json.dumps(summary, indent=2) + "\n")
    shutil.copyfile(dataset / "tables.json", staging / "tables.json")
    base = summary["config"]["base"]
    lora = (staging / "adapter").is_dir()
    usage = export_usage(name, standard.adapter_base(base, export_dir / name), lora)
    if lora:  # the adapter names a base that exists, and has the bot's card as its README
        if base == TINY:
            start, _ = load_base(base, summary["seed"])  # the weights training started from
            start.save_pretrained(staging / standard.BASE_FOLDER)
            tokenizer.save_pretrained(staging / standard.BASE_FOLDER)
        standard.name_adapter_base(staging / "adapter", usage.base)
        write_card(staging / "adapter" / "README.md", name, tables, summary, usage)
    write_card(staging / "README.md", name, tables, summary, usage)
    share_tree(staging)  # mkdtemp made it 0700, and some writers make 0600 files
    target = export_dir / name
    retired = export_dir / f".{name}.old"
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    print(f"exported {name} -> {target}")
    return target


@dataclass
class TrainArguments:
    name: str = field(metadata={"help": "bot name (sorted handles joined with '-')"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "where datasets live"})
    runs_dir: Path = field(default=Path("runs"), metadata={"help": "training logs"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})
    seed: int = field(
        default=DatasetConfig.seed, metadata={"help": "seed of initialisation, order and dropout"}
    )
    retrain: bool = field(
        default=False, metadata={"help": "train even when the export is up to date"}
    )


def main(argv: list[str] | None = None) -> None:
    args, config = HfArgumentParser((TrainArguments, TrainConfig)).parse_args_into_dataclasses(argv)
    run_stage(
        lambda: train(
            args.name,
            args.data_dir,
            args.runs_dir,
            args.export_dir,
            config,
            args.seed,
            args.retrain,
        )
    )


if __name__ == "__main__":
    main()
