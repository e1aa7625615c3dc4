"""The playground page (serving/static/) in a real browser: Debian's Chromium, headless, driven
by Selenium, loading the page through the real front of a real service whose bot store starts
empty. In one visit, as a user would: enter a key, fail to make a bot with a predict-only key,
make one from the bundled sample archive and watch its training, generate five candidates and
see them grow, stop a long generation (the server counts it aborted), and meet a bad key's
sentence; then the page at a phone's width.

TWEETBOTS_SCREENSHOTS=<folder> also writes the README's screenshots there (docs/images).
"""

from __future__ import annotations

import importlib.util
import os
import time
import zipfile
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from serving.keys import KeyStore
from tests.conftest import SAMPLE_ARCHIVE, api_key, serving_config, start_service

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BOT = "samplebot"
TWEET_CHARS = 280
DESKTOP = (1200, 1000)
PHONE = (390, 844)
# A tiny base and a high learning rate: the sample trains into a servable bot in well under
# a minute (the page's flow is under test, not the bot's prose).
JOBS = {"base": "tiny", "learning_rate": 3e-3}
TRAINING_TIMEOUT_S = 180
ABORTED = "aborted"
# Chromium's flags for a closed network: without the background ones it keeps retrying
# refused connections (updates, sync, field trials) and pages stall behind them.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def missing_browser() -> str | None:
    """Why the browser test cannot run here (None: it can)."""
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (make install installs it)"
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not (binary.is_file() and os.access(binary, os.X_OK)):
            return f"{binary} is missing (make install installs Debian's chromium, chromium-driver)"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = missing_browser()
    if reason:
        print(f"skipping the playground's browser test: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=DriverService(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """A service with an empty bot store, training jobs on the tiny base, and one engine step
    per TorchServe call (so a stream arrives token by token, as on a real model)."""
    root = tmp_path_factory.mktemp("playground")
    (root / "bots").mkdir()
    config = serving_config(root, handler={"step_budget_ms": 0})
    running = start_service(root, root / "bots", model_config=config, jobs=JOBS)
    try:
        yield running
    finally:
        running.stop()


class Page:
    """The playground as the test sees it: element ids of serving/static/index.html."""

    def __init__(self, driver, shots: Path) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver, self.by, self.shots = driver, By, shots
        self.wait_class = WebDriverWait

    def __call__(self, element_id: str):
        return self.driver.find_element(self.by.ID, element_id)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, condition, timeout: float = 30, poll: float = 0.05, message: str = ""):
        return self.wait_class(self.driver, timeout, poll_frequency=poll).until(
            lambda _: condition(), message
        )

    def text(self, element_id: str) -> str:
        return self.js("return document.getElementById(arguments[0]).textContent", element_id)

    def visible(self, element_id: str) -> bool:
        return self(element_id).is_displayed()

    def enter_key(self, key: str) -> None:
        if self.visible("key-set"):
            self("key-forget").click()
        field = self("api-key")
        field.clear()
        field.send_keys(key)
        self("key-save").click()

    def set_field(self, element_id: str, value) -> None:
        field = self(element_id)
        field.clear()
        field.send_keys(str(value))

    def set_checked(self, element_id: str, checked: bool) -> None:
        box = self(element_id)
        if box.is_selected() != checked:
            box.click()

    def candidates(self) -> list[dict]:
        return self.js(
            """return [...document.querySelectorAll('#candidates .candidate')].map(box => ({
                 state: box.dataset.state,
                 text: box.querySelector('.text').textContent,
                 answer: box.querySelector('.answer').textContent,
                 count: box.querySelector('.count').textContent}));"""
        )

    def screenshot(self, element_id: str, name: str, published=True, window=False) -> None:
        """The element's picture in tmp_path, and in TWEETBOTS_SCREENSHOTS when it is set
        (docs/playground.md's pictures, if `published`). `window`: the whole window, scrolled
        to the element (an element still growing would be cropped to its earlier size)."""
        element = self(element_id)
        self.js("arguments[0].scrollIntoView({block: 'start'})", element)
        png = self.driver.get_screenshot_as_png() if window else element.screenshot_as_png
        (self.shots / name).write_bytes(png)
        folder = os.environ.get("TWEETBOTS_SCREENSHOTS")
        if folder and published:
            Path(folder).mkdir(parents=True, exist_ok=True)
            (Path(folder) / name).write_bytes(png)

    def script_errors(self) -> list[dict]:
        """The console's errors since the last call, but for failed requests: the page meets
        401 and 403 answers on purpose (Chromium logs each as a network error)."""
        entries = self.driver.get_log("browser")
        return [e for e in entries if e["level"] == "SEVERE" and e.get("source") != "network"]


def sample_zip(folder: Path) -> Path:
    """The bundled sample as X sends an archive: a zip holding data/tweets.js."""
    archive = folder / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    return archive


def get(service, path: str, key: str) -> requests.Response:
    return requests.get(
        f"{service.url}{path}", headers={"Authorization": f"Bearer {key}"}, timeout=30,
        verify=service.front.verify,
    )  # fmt: skip


def aborted_count(service) -> float:
    """TorchServe's count of requests whose client left before the answer was done."""
    text = requests.get(f"{service.metrics_url}/metrics", timeout=10).text
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "tweetbots_requests_total" and sample.labels.get("outcome") == ABORTED
    )


def test_the_playground_in_a_real_browser(browser, service, tmp_path):
    page = Page(browser, tmp_path)
    admin = api_key(service)
    keys = KeyStore(service.front.settings.keys_path)
    viewer = keys.create("viewer", scope="predict").key
    service.front.write_keys()
    service.front.reload()

    # -- the page, through the front: no key needed for it, and a policy that forbids inline
    # code (so whatever runs below runs from /static/)
    front_page = requests.get(f"{service.url}/", timeout=30, verify=service.front.verify)
    assert front_page.status_code == 200, front_page.text
    assert "default-src 'self'" in front_page.headers["Content-Security-Policy"]
    browser.get(f"{service.url}/")
    assert browser.title == "tweetbots playground"
    page.wait(lambda: page.visible("api-key"))
    assert page.script_errors() == []

    # -- a predict-only key: the page says so in a sentence, and no job is made
    page.enter_key(viewer)
    assert page.js("return sessionStorage.getItem('tweetbots.key')") == viewer
    assert viewer not in browser.current_url and page("api-key").get_attribute("value") == ""
    assert page.js("return localStorage.length") == 0 and page.js("return document.cookie") == ""
    page.wait(lambda: page.text("bot-select").startswith("no bot yet"))
    archive = sample_zip(tmp_path)
    page("archive").send_keys(str(archive))
    page.set_field("bot-name", BOT)
    page("train").click()
    page.wait(lambda: page.visible("job-error"))
    refusal = page.text("job-error")
    assert refusal.startswith("This key may only predict") and "{" not in refusal
    listed = get(service, "/jobs", admin)
    assert listed.status_code == 200, listed.text
    jobs = listed.json()
    assert not (jobs["jobs"] if isinstance(jobs, dict) else jobs)

    # -- the admin key: upload the sample, watch the progress bar to done
    page.enter_key(admin)
    assert page.js("return sessionStorage.getItem('tweetbots.key')") == admin
    page.wait(lambda: page("train").is_enabled())
    page("train").click()  # the archive and the handle are still filled in
    seen, shot, deadline = [], False, time.monotonic() + TRAINING_TIMEOUT_S
    while time.monotonic() < deadline:
        job_state = page.js("return document.getElementById('job').dataset.state || ''")
        value = float(page("job-progress").get_attribute("value"))
        if not seen or seen[-1] != value:
            seen.append(value)
        # the picture of a running job: its first step, then once it is well on its way
        if 0 < value < 1 and job_state == "running" and (not shot or shot < 0.3 <= value):
            page.screenshot("new-bot-panel", "playground-training.png")
            shot = value
        if job_state in ("done", "failed", "cancelled"):
            break
        time.sleep(0.2)
    assert job_state == "done", f"{job_state}: {page.text('job-status')} {page.text('job-error')}"
    assert any(0 < value < 1 for value in seen) and seen[-1] == 1.0, seen  # it moved, then done
    assert shot
    assert page.text("job-error") == ""

    # -- the new bot is selected, with its card's facts and data table
    page.wait(lambda: page("bot-select").get_attribute("value") == BOT)
    record = next(bot for bot in get(service, "/bots", admin).json()["bots"] if bot["name"] == BOT)
    assert page.visible("bot-card")
    assert page.text("bot-users") == f"@{BOT}"
    table = page.js(
        """return [...document.querySelectorAll('#bot-table tr')].map(
             row => [...row.cells].map(cell => cell.textContent));"""
    )
    kept = f"{record['tables'][0]['kept']:,}"
    assert table[0] == ["Data", f"@{BOT}"]
    assert ["Tweets kept", kept] in table and page.text("bot-kept") == kept
    assert [row[0] for row in table[1:]] == [
        "Tweets downloaded", "Retweets", "Short tweets", "Tweets kept",
    ]  # fmt: skip
    page.screenshot("bot-panel", "playground-bots.png")

    # -- generate with the card's defaults: five boxes whose text grows while the stream runs
    # (seen over several looks), then the final answers, each against 280 characters
    defaults = get(service, "/defaults", admin).json()
    assert page("prompt").get_attribute("value") == defaults["widget_text"] == "My dream is"
    for field in ("num_return_sequences", "max_new_tokens", "temperature", "top_p", "top_k"):
        value = float(page(field.replace("_", "-")).get_attribute("value"))
        assert value == defaults["sampling"][field], field
    page("generate").click()
    observed, shot, deadline = [], False, time.monotonic() + 60
    while time.monotonic() < deadline:
        boxes = page.candidates()
        if boxes and all(box["state"] == "done" for box in boxes):
            break
        assert page.text("generate-error") == ""
        if boxes and all(box["state"] == "streaming" for box in boxes):
            observed.append(sum(len(box["answer"]) for box in boxes))
            # the picture of a stream: its first pieces, then once there is more to read
            if observed[-1] > 0 and (not shot or shot < 100 <= observed[-1]):
                page.screenshot("generate-panel", "playground-streaming.png", window=True)
                shot = observed[-1]
    else:
        raise AssertionError(f"the candidates never finished: {page.candidates()}")
    final = page.candidates()
    assert len(final) == defaults["sampling"]["num_return_sequences"] == 5
    growing = sorted({length for length in observed if length > 0})
    assert len(growing) >= 2, observed  # text that arrived in pieces, not all at the end
    for box in final:
        assert box["text"].startswith("My dream is")
        assert box["count"] == f"{len(box['text'])}/{TWEET_CHARS}"
    assert page.text("generate-status").startswith("Done")

    # -- Stop on a long generation: the connection closes, the server aborts the request
    before = aborted_count(service)
    page.set_checked("stop-at-newline", False)  # no early end: only Stop ends it
    page.set_field("max-new-tokens", 240)  # most of the tiny model's 256 positions
    page("generate").click()
    page.wait(lambda: any(box["answer"] for box in page.candidates()), poll=0.01)
    page("stop").click()
    page.wait(lambda: page.text("generate-status").startswith("Stopped"))
    stopped = page.candidates()
    assert all(box["state"] == "stopped" for box in stopped), stopped
    assert page.text("generate-error") == "" and page("generate").is_enabled()
    # the engine notices a request that left at its next step, which a lone request reaches
    # with the next request (tests/test_e2e.py::test_a_client_that_leaves_frees_its_rows)
    answer = requests.post(
        f"{service.url}/predictions/{BOT}", json={"text": "still there?", "max_new_tokens": 3},
        headers={"Authorization": f"Bearer {admin}"}, timeout=60, verify=service.front.verify,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    page.wait(lambda: aborted_count(service) == before + 1, timeout=10, poll=0.5)

    # -- a bad key: a sentence, not JSON, and the key is forgotten
    page.enter_key("not-a-key")
    page.wait(lambda: page.visible("page-error"))
    assert page.text("page-error").startswith("That key is not valid")
    assert page.js("return sessionStorage.getItem('tweetbots.key')") is None
    assert page.script_errors() == []

    # -- a phone's width: one column, nothing wider than the screen (the data table scrolls
    # in its own box)
    page.enter_key(admin)
    page.wait(lambda: page.visible("bot-card"))
    browser.set_window_size(*PHONE)
    page.wait(lambda: page.js("return window.innerWidth") <= PHONE[0])
    wide = page.js(
        """const width = window.innerWidth;
           return [...document.querySelectorAll('body *')].filter(element => {
             if (element.closest('.table-scroll') && !element.matches('.table-scroll')) {
               return false;
             }
             const box = element.getBoundingClientRect();
             return box.width > 0 && (box.right > width + 1 || box.left < -1);
           }).map(element => element.id || element.className || element.tagName);"""
    )
    assert wide == []
    assert page.js("return document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot("generate-panel", "playground-phone.png", published=False)
    assert page.script_errors() == []
