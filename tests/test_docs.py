"""The README's and the model card's commands work as written (a doc-test).

A fenced block in README.md or in docs/ preceded by the line `<!-- doc-test -->` is meant to run
offline on a fresh clone: the test copies the project (the files git tracks or would track,
with this checkout's `.venv`) into a temporary folder and runs every marked block there, each as
one `bash -e` script: the README's in order (`make demo` first, then serving and calling the
demo's bot `samplebot`), and while the README's server is up (just before the README's block
that stops it) the demo bot's card's fenced commands and then every marked block of DOCS, in
that order (the last one deletes the demo's bot). Nothing is rewritten but two port numbers:
the copy's front and metrics listen on free loopback ports, and `127.0.0.1:8080` in a command
becomes the front's.
`curl` in the blocks fails on an HTTP error (`--fail-with-body`), so an error answer fails the
test instead of printing JSON.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import MAKE_VARIABLES, ROOT, free_port

pytestmark = pytest.mark.e2e

MARKER = "<!-- doc-test -->"
# The docs whose marked blocks run while the README's server is up, in this order.
DOCS = ["docs/serving.md", "docs/openai.md", "docs/jobs.md", "docs/bots.md"]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
CURL_FAILS_ON_HTTP_ERRORS = 'curl() { command curl --fail-with-body "$@"; }\n'


def marked_blocks(markdown: str) -> list[str]:
    """The bash blocks that follow the marker line."""
    blocks = []
    for match in FENCE.finditer(markdown):
        before = markdown[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if before.strip() == MARKER:
            assert match.group(1) == "bash", f"a marked block is not bash: {match.group(2)[:80]}"
            blocks.append(match.group(2))
    return blocks


def card_blocks(card: str) -> list[tuple[str, str]]:
    """Every fenced block of a card with its language (the card's commands are all runnable)."""
    return [(match.group(1), match.group(2)) for match in FENCE.finditer(card)]


def project_copy(target: Path) -> None:
    """The checkout's files as a fresh clone has them (mtimes kept, so `make install` sees the
    linked `.venv` as up to date), without anything the checkout has made since."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv")


def test_every_doc_with_marked_blocks_is_run():
    marked = {str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md")
              if marked_blocks(p.read_text())}  # fmt: skip
    assert marked == set(DOCS)


def test_readme_docs_and_card_commands_run_as_written(tmp_path):
    readme = (ROOT / "README.md").read_text()
    blocks = marked_blocks(readme)
    assert blocks and blocks[0].startswith("make demo"), "the first marked block is the demo"
    assert any(block.startswith("make stop") for block in blocks)
    docs = [(name, block) for name in DOCS for block in marked_blocks((ROOT / name).read_text())]

    project = tmp_path / "tweetbots"
    project_copy(project)
    front_port, metrics_port = free_port(), free_port()
    front_yaml = project / "serving" / "front.yaml"
    front_yaml.write_text(
        front_yaml.read_text().replace("listen: 127.0.0.1:8080", f"listen: 127.0.0.1:{front_port}")
    )
    properties = project / "config.properties"
    properties.write_text(properties.read_text().replace(":8082", f":{metrics_port}"))
    env = {k: v for k, v in os.environ.items() if k not in MAKE_VARIABLES}
    env.pop("X_BEARER_TOKEN", None)

    def run(script: str, what: str) -> str:
        script = script.replace("127.0.0.1:8080", f"127.0.0.1:{front_port}")
        result = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", CURL_FAILS_ON_HTTP_ERRORS + script],
            cwd=project, env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        assert result.returncode == 0, (
            f"{what} failed ({result.returncode}):\n{script}\n"
            f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
        )
        return result.stdout

    try:
        demo_output = run(blocks[0], "README: the demo")
        card_path = project / "exports" / "samplebot" / "README.md"
        assert card_path.exists(), demo_output
        card_commands = card_blocks(card_path.read_text())
        assert {language for language, _ in card_commands} >= {"bash", "python"}
        ran_card = False
        for number, block in enumerate(blocks[1:], start=2):
            if block.startswith("make stop"):
                for language, commands in card_commands:
                    if language == "bash":
                        output = run(commands, "the card's curl")
                        assert '"generated_text"' in output
                    elif language == "python":
                        script = f".venv/bin/python - <<'PYTHON'\n{commands}\nPYTHON\n"
                        run(script, "the card's Python")
                ran_card = True
                for name, doc_block in docs:
                    output = run(doc_block, name)
                    assert "Traceback" not in output
            output = run(block, f"README block {number}")
            assert "Traceback" not in output
        assert ran_card
        # the last doc block deleted the demo's bot: nothing of it is left
        assert not (project / "exports" / "samplebot").exists()
        assert not (project / "model_store" / "samplebot.mar").exists()
    finally:
        subprocess.run(["make", "stop"], cwd=project, env=env, capture_output=True, timeout=120)
