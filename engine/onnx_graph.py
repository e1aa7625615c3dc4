"""The ONNX graphs the ONNX backend runs, traced from engine.gpt2's OnnxStep.

Two kinds: a bot's own graph (`training.export_onnx` exports, validates and publishes it as
`model.onnx` / `model.int8.onnx`), and a base's graph with adapter inputs, which adapter bots
decode on: built by the server the first time it holds the base (`adapter_graph`), kept in the
base's folder of the bot store when the folder is writable (a few seconds for GPT-2 124M).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

import torch

from engine.files import atomic_file
from engine.gpt2 import ADAPTER_INPUT, GPT2, OnnxStep, io_names, lora_names
from engine.lora import linear_io

logger = logging.getLogger(__name__)
OPSET = 20


def export_fp32(model: GPT2, target: Path, adapter_rank: int = 0, kind: str = "stacked") -> None:
    """Trace OnnxStep with two rows of three tokens so every axis comes out dynamic.

    `adapter_rank`: export a graph adapter bots decode on, with adapter inputs of that rank
    (OnnxStep's `adapters` of `kind`: stacked or gathered)."""
    shape = model.shape
    batch, length, room = 2, 3, 8
    inputs = [
        torch.ones(batch, length, dtype=torch.long),
        torch.arange(length).repeat(batch, 1),
        torch.full((batch,), length - 1, dtype=torch.int32),
        torch.tensor(length, dtype=torch.int32),
        torch.full((batch,), length - 1, dtype=torch.long),
    ]
    adapters = kind if adapter_rank else None
    if adapters == "stacked":
        inputs.append(torch.ones(batch, 1, 2 * adapter_rank))  # two adapters' columns
    elif adapters == "gathered":
        inputs.append(torch.tensor([1, 0]))  # each row's adapter's position
    inputs += [torch.zeros(batch, shape.n_head, room, shape.head_dim)] * (2 * shape.n_layer)
    names_in, names_out = io_names(shape.n_layer, adapters)
    axes = {"input_ids": {0: "batch", 1: "length"}, "position_ids": {0: "batch", 1: "length"}}
    axes |= {"seqlens_k": {0: "batch"}, "last_index": {0: "batch"}, "logits": {0: "batch"}}
    past = [name for name in names_in if name.startswith("past_")]
    axes.update({name: {0: "batch", 2: "room"} for name in past + names_out[1:]})
    if adapters:
        axes[ADAPTER_INPUT[adapters]] = (
            {0: "batch", 2: "columns"} if adapters == "stacked" else {0: "batch"}
        )
        for name in lora_names(shape.n_layer):
            fan_in, fan_out = linear_io(shape, name.split(".", 3)[3])
            a = name.startswith("lora_a")
            inputs.append(torch.zeros(2 * adapter_rank, fan_in if a else fan_out))
            axes[name] = {0: "columns"}
    torch.onnx.export(
        OnnxStep(model, adapters, adapter_rank),
        tuple(inputs),
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
    import onnx  # the exporter's packages: a serving image may lack them (engine.multiplex)
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    quantizer = MatMulNBitsQuantizer(
        onnx.load(source), bits=8, block_size=128, is_symmetric=True, accuracy_level=4
    )
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)


GRAPH_FORMAT = 1  # OnnxStep's adapter inputs as they are now; a change makes a new file
ADAPTER_GRAPHS = ("stacked", "gathered")  # an adapter engine runs both (engine.backends)


def adapter_graph_name(rank: int, kind: str = "stacked") -> str:
    return f"model.lora-r{rank}-{kind}-g{GRAPH_FORMAT}.int8.onnx"


def adapter_graphs(folder: Path, rank: int, scratch: Path | None = None) -> dict[str, Path]:
    """Both kinds of adapter graph of the base in `folder` (adapter_graph), by kind."""
    return {kind: adapter_graph(folder, rank, scratch, kind) for kind in ADAPTER_GRAPHS}


def adapter_graph(
    folder: Path, rank: int, scratch: Path | None = None, kind: str = "stacked"
) -> Path:
    """The int8 graph with adapter inputs of `rank` and `kind` for the base in `folder`: the
    one kept there, else built from the base's weights (fp32 export, then int8) and kept
    there, or in `scratch` (a folder of this process) when the base's folder cannot be
    written."""
    name = adapter_graph_name(rank, kind)
    if (folder / name).is_file():
        return folder / name
    from engine.backends import load_weights

    model = GPT2(*load_weights(folder)).eval()
    with tempfile.TemporaryDirectory(prefix="tweetbots-graph.") as staging:
        fp32, int8 = Path(staging) / "model.onnx", Path(staging) / name
        export_fp32(model, fp32, adapter_rank=rank, kind=kind)
        quantize_int8(fp32, int8)
        for place in (folder, scratch):
            if place is None:
                continue
            try:
                with atomic_file(place / name) as handle, int8.open("rb") as source:
                    shutil.copyfileobj(source, handle)
            except OSError as error:
                logger.warning("cannot keep the adapter graph in %s: %s", place, error)
                continue
            logger.info("adapter graph of %s written to %s", folder.name, place / name)
            return place / name
    raise OSError(f"no writable folder for the adapter graph of {folder}")
