"""tweetbots' decode engine: continuous batching over a GPT-2 on PyTorch or ONNX Runtime.

It knows nothing of TorchServe or HTTP. The TorchServe handler adapts it (one `step` per
TorchServe call), training uses it for the model card's samples and the ONNX validation, and
`make generate` runs it locally, so serving and training share one prompt format, one stop
rule and one sampler.
"""

from engine.backends import Backend, OnnxBackend, TorchBackend, load_backend
from engine.core import Engine, EngineConfig, RequestTooLarge
from engine.request import GENERATION_DEFAULTS, RequestOutput, SamplingParams

__all__ = [
    "GENERATION_DEFAULTS",
    "Backend",
    "Engine",
    "EngineConfig",
    "OnnxBackend",
    "RequestOutput",
    "RequestTooLarge",
    "SamplingParams",
    "TorchBackend",
    "load_backend",
]
