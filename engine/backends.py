"""The two runtimes behind one small interface: rows in, logits out, the cache kept inside.

A backend holds the KV cache of the rows currently decoding, in the engine's row order, and
knows each row's length. The engine calls, per step: `decode` (one more token for every row),
`prefill` (new rows appended at the end), `compact` (keep some rows, in a given order).

- `TorchBackend`: PyTorch (bf16 where the CPU has native bf16 dot products, else fp32; CUDA
  when TorchServe gives a GPU) on a slot cache: every row owns a slot, its keys and values are
  written in place at its own length (no copies as it grows), and attention reads each row's
  own columns only. Joining rows is a write into free slots.
- `OnnxBackend`: ONNX Runtime (fp32 or int8) on the same slot layout: the exported graph's
  GroupQueryAttention nodes write each row's keys and values in place at the row's own
  length and attend over its own positions (per-row past lengths), so rows of any lengths join
  and leave with no re-padding and no copy of the cache per step.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Protocol

import numpy as np
import torch
from safetensors.torch import load_file
from torch.nn import functional

from engine.config import BACKENDS
from engine.gpt2 import GPT2, Shape, io_names
from engine.lora import AdapterStack

logger = logging.getLogger(__name__)
BACKEND_FILE = "backend.json"  # written into the archive by training/mar.py
DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


class Backend(Protocol):
    device: torch.device
    dtype: str
    rows: int
    vocab_size: int
    context_window: int  # prompt + new tokens of a row at most

    def prefill(
        self,
        prompts: list[list[int]],
        slots: torch.Tensor | None = None,
        budgets: list[int] | None = None,
    ):
        """Append one row per prompt; logits [m, V] (float32) of each prompt's last token.

        `slots`: each new row's LoRA adapter slot (engine.lora), None without adapters;
        `budgets`: the tokens each new row may still generate (sizes the cache once)."""

    def decode(self, tokens: torch.Tensor, slots: torch.Tensor | None = None) -> torch.Tensor:
        """Feed one token to every row; logits [rows, V] (float32)."""

    def compact(self, order: list[int]) -> None:
        """Keep rows `order` (old indices), as rows 0..len(order)-1."""

    def reset(self) -> None:
        """Drop every row and free the cache."""


def native_bf16() -> bool:
    """Whether this CPU has bf16 dot-product instructions (AVX512-BF16 or AMX)."""
    cpu = getattr(torch._C, "_cpu", None)
    for probe in ("_is_amx_tile_supported", "_is_avx512_bf16_supported"):
        if cpu is not None and hasattr(cpu, probe) and getattr(cpu, probe)():
            return True
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return " avx512_bf16" in flags or " amx_bf16" in flags


def choose_dtype(requested: str, device: torch.device) -> torch.dtype:
    """`auto`: bf16 on CUDA or on a CPU with native bf16, fp32 elsewhere."""
    if requested != "auto":
        if requested not in DTYPES:
            raise ValueError(f"dtype must be auto or one of {', '.join(DTYPES)}: {requested!r}")
        return DTYPES[requested]
    if device.type == "cuda" or native_bf16():
        return torch.bfloat16
    return torch.float32


class SlotCache:
    """Keys and values [L, slots, H, columns, D]; grown (copied) only when it runs out."""

    GROW = 64  # columns added at a time, so growth is rare

    def __init__(self, shape: Shape, device: torch.device, dtype: torch.dtype) -> None:
        self.shape, self.device, self.dtype = shape, device, dtype
        self.k = self.v = torch.empty(0, device=device, dtype=dtype)

    @property
    def slots(self) -> int:
        return self.k.shape[1] if self.k.dim() == 5 else 0

    @property
    def columns(self) -> int:
        return self.k.shape[3] if self.k.dim() == 5 else 0

    def ensure(self, slots: int, columns: int) -> None:
        if slots <= self.slots and columns <= self.columns:
            return
        slots = max(slots, self.slots)
        columns = min(
            max(columns, self.columns) + self.GROW - 1, self.shape.n_positions + self.GROW
        )
        columns -= columns % self.GROW
        s = self.shape
        size = (s.n_layer, slots, s.n_head, max(columns, 1), s.head_dim)
        k = torch.zeros(size, device=self.device, dtype=self.dtype)
        v = torch.zeros(size, device=self.device, dtype=self.dtype)
        if self.slots:
            k[:, : self.slots, :, : self.columns] = self.k
            v[:, : self.slots, :, : self.columns] = self.v
        self.k, self.v = k, v

    def bytes(self) -> int:
        return 2 * self.k.numel() * self.k.element_size()

    def release(self) -> None:
        self.k = self.v = torch.empty(0, device=self.device, dtype=self.dtype)


class TorchBackend:
    def __init__(
        self,
        model: GPT2,
        device: torch.device,
        eos: int,
        adapters=None,
        kv_dtype: torch.dtype | None = None,
    ) -> None:
        """`kv_dtype`: the cache's (and attention's) dtype, by default the weights'."""
        self.model = model.to(device).eval()
        self.adapters = adapters  # an engine.lora.AdapterPool over this model, or None
        self.device = device
        weights = next(iter(model.params.values())).dtype
        self.dtype = str(weights).replace("torch.", "")
        self.weights_dtype = weights
        self.kv_dtype = kv_dtype or weights
        self.eos = eos
        self.cache = SlotCache(model.shape, device, self.kv_dtype)
        self.vocab_size = model.shape.vocab_size
        self.context_window = model.shape.n_positions
        self.lengths: list[int] = []  # tokens in each row's slot

    @property
    def rows(self) -> int:
        return len(self.lengths)

    def linear(self, slots: torch.Tensor | None):
        """The model's linear layers, plus each row's LoRA delta when rows name adapters."""
        if slots is None or self.adapters is None:
            return self.model.linear
        return self.adapters.linear(slots.to(self.device))

    @torch.inference_mode()
    def prefill(self, prompts: list[list[int]], slots=None, budgets=None) -> torch.Tensor:
        """New rows in slots rows..rows+m, prompts right-padded, written at columns 0..p."""
        model, first, count = self.model, self.rows, len(prompts)
        linear = self.linear(slots)
        width = max(map(len, prompts))
        needed = max(len(p) + b for p, b in zip(prompts, budgets, strict=True)) if budgets else 0
        self.cache.ensure(first + count, max(width + 1, needed))
        ids = torch.tensor([p + [self.eos] * (width - len(p)) for p in prompts], device=self.device)
        lengths = torch.tensor([len(p) for p in prompts], device=self.device)
        positions = torch.arange(width, device=self.device).expand(count, width)
        key = torch.arange(width, device=self.device)
        allowed = (key.unsqueeze(0) <= key.unsqueeze(1)).unsqueeze(0) & (
            key.view(1, 1, width) < lengths.view(count, 1, 1)
        )
        mask = allowed.unsqueeze(1)  # [m, 1, T, T]: causal, and never a padding key
        x = model.embed(ids, positions)
        rows = slice(first, first + count)
        for layer in range(model.shape.n_layer):
            q, k, v = (t.to(self.kv_dtype) for t in model.qkv(layer, x, linear))
            self.cache.k[layer, rows, :, :width] = k
            self.cache.v[layer, rows, :, :width] = v
            attended = functional.scaled_dot_product_attention(q, k, v, attn_mask=mask)
            x = model.finish(layer, x, attended.to(self.weights_dtype), linear)
        self.lengths += [len(p) for p in prompts]
        last = x[torch.arange(count, device=self.device), lengths - 1]
        return model.logits(last).float()

    @torch.inference_mode()
    def decode(self, tokens: torch.Tensor, slots: torch.Tensor | None = None) -> torch.Tensor:
        model, count = self.model, self.rows
        linear = self.linear(slots)
        width = max(self.lengths) + 1
        self.cache.ensure(count, width)
        lengths = torch.tensor(self.lengths, device=self.device)
        x = model.embed(tokens.view(count, 1), lengths.view(count, 1))
        rows = torch.arange(count, device=self.device)
        key = torch.arange(width, device=self.device)
        mask = (key.unsqueeze(0) <= lengths.unsqueeze(1)).view(count, 1, 1, width)
        for layer in range(model.shape.n_layer):
            q, k, v = (t.to(self.kv_dtype) for t in model.qkv(layer, x, linear))
            keys, values = self.cache.k[layer], self.cache.v[layer]
            keys[rows, :, lengths] = k[:, :, 0].contiguous()
            values[rows, :, lengths] = v[:, :, 0].contiguous()
            attended = functional.scaled_dot_product_attention(
                q, keys[:count, :, :width], values[:count, :, :width], attn_mask=mask
            )
            x = model.finish(layer, x, attended.to(self.weights_dtype), linear)
        self.lengths = [length + 1 for length in self.lengths]
        return model.logits(x[:, -1]).float()

    @torch.inference_mode()
    def compact(self, order: list[int]) -> None:
        moves = [(new, old) for new, old in enumerate(order) if new != old]
        if moves:
            width = max(self.lengths[old] for _, old in moves)
            new = torch.tensor([n for n, _ in moves], device=self.device)
            old = torch.tensor([o for _, o in moves], device=self.device)
            for cache in (self.cache.k, self.cache.v):
                cache[:, new, :, :width] = cache[:, old, :, :width]
        self.lengths = [self.lengths[old] for old in order]

    def reset(self) -> None:
        self.lengths = []
        self.cache.release()


class OnnxBackend:
    """ONNX Runtime on the exported graph, on a slot cache like the torch backend's.

    The cache is one numpy buffer per layer and kind, [slots, H, columns, D], shared with
    ONNX Runtime: each call binds the running rows' part as both past and present of the
    graph's GroupQueryAttention nodes, which write each row's new keys and values at the row's
    own length, in place, and attend over its own positions only (no Concat, no re-padding).
    """

    ALIGN = 16  # cache columns are a multiple of this
    SLACK = 64  # columns unused by every running row before the cache shrinks

    def __init__(
        self,
        path: Path,
        shape: Shape,
        gpu_id: int | None,
        threads: int,
        eos: int,
        adapters=None,
        adapter_positions: int = 64,
        gathered: Path | None = None,
    ):
        """`adapters`: an engine.lora.AdapterPool (on the CPU) whose adapters the graph takes
        as inputs (`path`: exported with OnnxStep(adapters="stacked")), through an
        AdapterStack of `adapter_positions` distinct adapters a step at most (the engine's
        max_rows); `gathered`: the same base's graph with OnnxStep(adapters="gathered"), run
        instead while the stack holds more than STACKED_UP_TO adapters."""
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads  # deliberate: TorchServe's worker owns the cores
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only: ONNX Runtime's INFO lines are noise here
        cuda = (
            gpu_id is not None and "CUDAExecutionProvider" in onnxruntime.get_available_providers()
        )
        providers = [("CUDAExecutionProvider", {"device_id": gpu_id})] if cuda else []
        providers = [*providers, "CPUExecutionProvider"]
        self.session = onnxruntime.InferenceSession(str(path), options, providers=providers)
        self.gathered = (
            onnxruntime.InferenceSession(str(gathered), options, providers=providers)
            if gathered is not None and adapters is not None
            else None
        )
        self.ort = onnxruntime.OrtValue
        self.path = path
        self.shape = shape
        self.vocab_size = shape.vocab_size
        self.context_window = shape.n_positions
        self.eos = eos
        self.dtype = "int8" if "int8" in path.name else "float32"
        self.adapters = adapters
        self.stack = AdapterStack(adapters, adapter_positions) if adapters is not None else None
        self.stack_values: tuple[int, dict] = (-1, {})  # the stack's version and its OrtValues
        self.bound: tuple | None = None  # (session, key, IO binding, its OrtValues): binding()
        self.inputs, self.outputs = io_names(shape.n_layer, "stacked" if adapters else None)
        self.past_names = [name for name in self.inputs if name.startswith("past_")]
        self.device = torch.device("cpu")  # logits come back to the host for sampling
        self.cache: list[np.ndarray] = []  # [slots, H, columns, D] per past/present pair
        self.lengths: list[int] = []
        self.finals: list[int] = []  # each row's length when it ends at its max_new_tokens
        self.row_slots: list[int] = []  # each row's adapter slot (0: none)

    @property
    def rows(self) -> int:
        return len(self.lengths)

    def ensure(self, slots: int, columns: int, shrink: bool = False) -> None:
        """Room for `slots` rows of `columns` positions. GroupQueryAttention's time grows with
        the cache's columns, not the rows' lengths (measured: 64 rows of ~35 tokens take twice
        as long in 128 columns as in 64), so the cache is sized to the longest row's end,
        grown when a longer row joins, and shrunk when the long rows have left."""
        have_slots = self.cache[0].shape[0] if self.cache else 0
        have_columns = self.cache[0].shape[2] if self.cache else 0
        columns = -(-columns // self.ALIGN) * self.ALIGN
        smaller = shrink and columns + self.SLACK <= have_columns
        if slots <= have_slots and columns <= have_columns and not smaller:
            return
        slots = max(slots, have_slots)
        columns = columns if smaller else max(columns, have_columns)
        keep = min(columns, have_columns)
        s = self.shape
        grown = []
        for old in self.cache or [None] * (2 * s.n_layer):
            new = np.zeros((slots, s.n_head, columns, s.head_dim), np.float32)
            if old is not None:
                new[: self.rows, :, :keep] = old[: self.rows, :, :keep]
            grown.append(new)
        self.cache = grown
        self.bound = None  # bound to the old buffers

    STACKED_UP_TO = 4  # adapters in the stack up to which the stacked graph runs

    def pick_session(self, everyone: list[int], count: int):
        """The session to run and the call's rows' stack positions (`everyone`: the pool slots
        of every row in the batch, the call's `count` rows last). Up to STACKED_UP_TO
        adapters in the stack, the stacked graph: each row multiplies every adapter's columns
        (cheap while they are few); more, the gathered graph (when there is one): each row one
        adapter's (measured in docs/performance.md). Rows without an adapter read slot 0
        (zeros). The stack is placed for every row of the batch, not only the call's, so a
        prefill of new rows never evicts the running rows' adapters."""
        if self.stack is None:
            return self.session, []
        positions = self.stack.place(everyone)[len(everyone) - count :]
        if self.gathered is not None and self.stack.used > self.STACKED_UP_TO:
            return self.gathered, positions
        return self.session, positions

    def binding(self, session, first: int, count: int):
        """An IO binding of `session` with rows first..first+count of the cache as past and
        present and the stack's adapters as inputs. It is kept from one call to the next
        while the session, the rows, the cache's buffers and the stack stay the same (each
        decode step of a steady batch): binding the 24 cache buffers and 96 adapter inputs
        anew cost 0.3-0.65 ms a token at one row (docs/performance.md)."""
        version = self.stack.version if self.stack is not None else -1
        key = (first, count, version)
        if self.bound is not None and self.bound[0] is session and self.bound[1] == key:
            return self.bound[2]
        binding = session.io_binding()
        binding.bind_output("logits")  # first: get_outputs()[0]
        values = []  # the OrtValues over the cache, kept alive with the binding
        pairs = zip(self.past_names, self.outputs[1:], self.cache, strict=True)
        for past, present, buffer in pairs:
            value = self.ort.ortvalue_from_numpy(buffer[first : first + count])
            binding.bind_ortvalue_input(past, value)
            binding.bind_ortvalue_output(present, value)
            values.append(value)
        if self.stack is not None:
            if self.stack_values[0] != version:  # OrtValues over the stack, once a version
                inputs = self.stack.inputs().items()
                made = {n: self.ort.ortvalue_from_numpy(t.numpy()) for n, t in inputs}
                self.stack_values = (version, made)
            for name, value in self.stack_values[1].items():
                binding.bind_ortvalue_input(name, value)
        self.bound = (session, key, binding, values)
        return binding

    def run(self, first: int, ids, positions, lengths, last, slots: list[int]) -> torch.Tensor:
        """The graph on rows first..first+len(ids) of the cache (their adapter `slots`);
        logits [rows, V]."""
        count = len(ids)
        session, stacked = self.pick_session(self.row_slots[:first] + slots, count)
        binding = self.binding(session, first, count)
        feeds = (
            ids,
            positions,
            (lengths - 1).astype(np.int32),
            np.array(lengths.max(), dtype=np.int32),
            last,
        )
        for name, array in zip(self.inputs, feeds, strict=False):
            binding.bind_cpu_input(name, np.ascontiguousarray(array))
        if session is not self.session:
            binding.bind_cpu_input("adapter_rows", np.array(stacked, np.int64))
        elif self.stack is not None:
            mask = np.zeros((count, 1, self.stack.used, self.adapters.rank), np.float32)
            mask[np.arange(count), 0, stacked] = 1.0
            binding.bind_cpu_input("adapter_mask", mask.reshape(count, 1, -1))
        binding.bind_output("logits")  # a new buffer: the last step's logits stay as they are
        session.run_with_iobinding(binding)
        return torch.from_numpy(binding.get_outputs()[0].numpy())

    def prefill(self, prompts: list[list[int]], slots=None, budgets=None) -> torch.Tensor:
        first, width = self.rows, max(map(len, prompts))
        lengths = np.array([len(p) for p in prompts], dtype=np.int64)
        finals = [len(p) + b for p, b in zip(prompts, budgets or [0] * len(prompts), strict=True)]
        self.finals += finals
        self.ensure(first + len(prompts), max(width + 1, *self.finals))
        ids = np.array([p + [self.eos] * (width - len(p)) for p in prompts], dtype=np.int64)
        positions = np.broadcast_to(np.arange(width, dtype=np.int64), ids.shape)
        new_slots = self.slot_list(slots, len(prompts))
        logits = self.run(first, ids, positions, lengths, lengths - 1, new_slots)
        self.lengths += lengths.tolist()
        self.row_slots += new_slots
        return logits

    @staticmethod
    def slot_list(slots, count: int) -> list[int]:
        """Rows' adapter slots as ints (slot 0, no adapter, when the engine names none)."""
        return [0] * count if slots is None else [int(slot) for slot in slots]

    def decode(self, tokens: torch.Tensor, slots=None) -> torch.Tensor:
        lengths = np.array(self.lengths, dtype=np.int64)
        row_slots = self.slot_list(slots, self.rows)
        self.ensure(self.rows, max(int(lengths.max()) + 1, *self.finals))
        logits = self.run(
            0,
            tokens.numpy().reshape(-1, 1),
            lengths.reshape(-1, 1),
            lengths + 1,
            np.zeros(self.rows, dtype=np.int64),
            row_slots,
        )
        self.row_slots = row_slots
        self.lengths = [length + 1 for length in self.lengths]
        return logits

    def compact(self, order: list[int]) -> None:
        moves = [(new, old) for new, old in enumerate(order) if new != old]
        if moves:
            width = max(self.lengths[old] for _, old in moves)
            new = np.array([n for n, _ in moves])
            old = np.array([o for _, o in moves])
            for buffer in self.cache:
                buffer[new, :, :width] = buffer[old, :, :width]
        self.lengths = [self.lengths[old] for old in order]
        self.finals = [self.finals[old] for old in order]
        self.row_slots = [self.row_slots[old] for old in order]
        if self.rows:
            self.ensure(self.rows, max(*self.finals, max(self.lengths) + 1), shrink=True)

    def reset(self) -> None:
        self.lengths, self.finals, self.row_slots = [], [], []
        self.cache, self.bound = [], None  # freed, as Backend.reset promises (Engine.fail_all)

    def bytes(self) -> int:
        return sum(buffer.nbytes for buffer in self.cache)


def load_weights(model_dir: Path) -> tuple[Shape, dict[str, torch.Tensor]]:
    config = json.loads((model_dir / "config.json").read_text())
    return Shape.from_config(config), load_file(model_dir / "model.safetensors")


def choose_kv_dtype(requested: str, weights: torch.dtype, device: torch.device) -> torch.dtype:
    """`auto`: fp32 on a CPU (its bf16 attention kernels are slower than fp32's: measured in
    the README), the weights' dtype elsewhere."""
    if requested == "auto":
        return torch.float32 if device.type == "cpu" else weights
    return choose_dtype(requested, device)


ONNX_FILES = ("model.int8.onnx", "model.onnx")  # the faster first


def backend_choice(model_dir: Path, backend: str = "auto") -> dict[str, str]:
    """Which runtime and file serve a bot's folder. `auto`: what backend.json says when the
    folder has one, else ONNX Runtime on the int8 graph (or the fp32 one) when the folder holds
    one, else torch on the safetensors weights; `onnx` or `torch` insist."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    if backend == "auto" and (model_dir / BACKEND_FILE).exists():
        return json.loads((model_dir / BACKEND_FILE).read_text())
    if backend != "torch":
        for name in ONNX_FILES:
            if (model_dir / name).exists():
                return {"backend": "onnx", "onnx_file": name}
        if backend == "onnx":
            raise FileNotFoundError(f"no ONNX graph ({' or '.join(ONNX_FILES)}) in {model_dir}")
    return {"backend": "torch"}


def adapter_backend(limits, device: torch.device) -> str:
    """Which runtime adapter bots decode on (`BotLimits.adapter_backend`): `auto` is ONNX
    Runtime's int8 graph with adapter inputs on a CPU (where it is the fast path), torch on a
    GPU (bf16, the gathered LoRA products in torch)."""
    choice = limits.adapter_backend
    if choice not in BACKENDS:
        raise ValueError(f"adapter_backend must be one of {', '.join(BACKENDS)}, not {choice!r}")
    if choice == "auto":
        return "onnx" if device.type == "cpu" else "torch"
    return choice


def load_backend(
    model_dir: Path,
    eos: int,
    *,
    backend: str = "auto",
    gpu_id: int | None = None,
    threads: int = 0,
    dtype: str = "auto",
    kv_dtype: str = "auto",
) -> Backend:
    """The backend for a bot's folder (see backend_choice)."""
    choice = backend_choice(model_dir, backend)
    if choice["backend"] == "onnx":
        config = json.loads((model_dir / "config.json").read_text())
        # Sampling's small tensor ops in torch must not fight ONNX Runtime's spinning threads
        # for the cores: one torch thread made a batch of 16 three times faster end to end.
        torch.set_num_threads(1)
        return OnnxBackend(
            model_dir / choice["onnx_file"],
            Shape.from_config(config),
            gpu_id,
            threads or os.cpu_count() or 1,
            eos,
        )
    if threads:
        torch.set_num_threads(threads)
    use_gpu = gpu_id is not None and torch.cuda.is_available()
    device = torch.device(f"cuda:{gpu_id}" if use_gpu else "cpu")
    shape, weights = load_weights(model_dir)
    chosen = choose_dtype(dtype, device)
    kv = choose_kv_dtype(kv_dtype, chosen, device)
    return TorchBackend(GPT2(shape, weights, chosen), device, eos, kv_dtype=kv)
