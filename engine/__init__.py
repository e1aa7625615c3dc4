"""tweetbots' decode engine: continuous batching over a GPT-2 on PyTorch or ONNX Runtime.

It knows nothing of TorchServe or HTTP. `engine.driver` steps every engine of a server (the
TorchServe handler is a thin adapter over it), `engine.contract` turns a request body into the
engine's typed request, training uses the engine for the model card's samples and the ONNX
validation, and `make generate` runs it locally, so every path shares one prompt format, one
stop rule, one sampler and one request contract.

Names below load on first use: the light modules (config, contract, errors, files, names,
settings) import no torch, so the front's processes can use them.
"""

from importlib import import_module

_EXPORTS = {
    "Backend": "engine.backends",
    "OnnxBackend": "engine.backends",
    "TorchBackend": "engine.backends",
    "load_backend": "engine.backends",
    "Engine": "engine.core",
    "EngineConfig": "engine.config",
    "RequestTooLarge": "engine.errors",
    "GENERATION_DEFAULTS": "engine.request",
    "RequestOutput": "engine.request",
    "SamplingParams": "engine.request",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'engine' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
