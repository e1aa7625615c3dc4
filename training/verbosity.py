"""Quiet by default: a stage prints its own few lines and its progress bar; VERBOSE=1 the rest.

The libraries under the stages are chatty about things a user cannot act on: ONNX Runtime's
int8 quantizer logs every MatMul at INFO (its module calls `logging.basicConfig(level=INFO)`
when imported, ~255 lines for GPT-2), torch warns that its TorchScript-based ONNX exporter is
deprecated, transformers and huggingface_hub draw progress bars for loading and writing weights,
torch-model-archiver logs at INFO. `VERBOSE=1` (also read by the Makefile) shows all of it.
"""

from __future__ import annotations

import logging
import os
import warnings

VERBOSE_ENV = "VERBOSE"
LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"


def verbose() -> bool:
    """VERBOSE set to anything but empty or 0."""
    return os.environ.get(VERBOSE_ENV, "").strip() not in ("", "0")


def configure() -> None:
    """Set the libraries' logging and warnings for this process (called by every stage's CLI).

    The root logger gets its handler first, so a library's later `logging.basicConfig` call
    (ONNX Runtime's quantizer) changes nothing.
    """
    if verbose():
        logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
        return
    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT)
    warnings.filterwarnings("ignore")  # library deprecations and hints; ours are printed lines
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from huggingface_hub.utils import disable_progress_bars
    from huggingface_hub.utils import logging as hub_logging
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    hub_logging.set_verbosity_error()  # "Retrying in 1s" while the Hub is unreachable
    disable_progress_bars()
    import onnxruntime

    onnxruntime.set_default_logger_severity(3)  # C++ side: errors only
