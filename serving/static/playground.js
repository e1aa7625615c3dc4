// The playground: a page of the front (GET /) that talks to the API of the same origin.
// Plain ES2020, no build and no framework. The front's Content-Security-Policy allows only
// scripts and styles from /static/, so nothing here is inline, evaluated or fetched elsewhere.
"use strict";

(() => {
  // The key lives in this tab's sessionStorage only: never in a URL, a cookie or localStorage.
  const KEY_STORAGE = "tweetbots.key";
  // What the page shows before GET /defaults answers (and if it fails): the card's defaults.
  const FALLBACK_DEFAULTS = {
    widget_text: "My dream is",
    sampling: { num_return_sequences: 5, max_new_tokens: 40, temperature: 1.0, top_p: 0.95,
      top_k: 50 },
    tweet_chars: 280,
    max_upload_bytes: null,
  };
  // training/clean.py's DataTable rows, in the card's order.
  const TABLE_ROWS = [
    ["Tweets downloaded", "downloaded"],
    ["Retweets", "retweets"],
    ["Short tweets", "short"],
    ["Tweets kept", "kept"],
  ];
  // The pipeline's stages (serving/job_runner.py) in words.
  const STAGES = {
    check: "Checking the archive",
    import: "Reading the tweets",
    clean: "Cleaning the tweets",
    dataset: "Building the dataset",
    train: "Training",
    export: "Exporting the bot",
    publish: "Publishing the bot",
  };
  const TERMINAL_STATES = new Set(["done", "failed", "cancelled"]);
  const KNOBS = [
    // [input id, request field, parse]
    ["num-return-sequences", "num_return_sequences", parseInt],
    ["max-new-tokens", "max_new_tokens", parseInt],
    ["temperature", "temperature", parseFloat],
    ["top-p", "top_p", parseFloat],
    ["top-k", "top_k", parseInt],
  ];

  const $ = (id) => document.getElementById(id);
  const state = {
    key: null,
    defaults: FALLBACK_DEFAULTS,
    bots: [],
    generation: null, // the AbortController of the generation in progress
    job: null, // {id, controller} of the training job followed
  };

  // -- errors as sentences -------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** A server message ("rate limit: ...") as a sentence: capitalised, with a full stop. */
  function sentence(text) {
    const trimmed = String(text || "").trim();
    if (!trimmed) return "";
    const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
  }

  function retryAfter(response) {
    const seconds = parseInt(response.headers.get("Retry-After") || "", 10);
    return Number.isFinite(seconds) ? seconds : 1;
  }

  /** The sentence for an error answer: our own for the statuses a user meets in this page,
   *  else the server's message (every API error is {"code", "type", "message"}). */
  async function errorOf(response, what) {
    let message = "";
    let type = "";
    try {
      const body = await response.json();
      message = body && typeof body.message === "string" ? body.message : "";
      type = body && typeof body.type === "string" ? body.type : "";
    } catch (_) {
      // not JSON (a proxy's page): the status alone says enough
    }
    const status = response.status;
    const said = sentence(message);
    switch (status) {
      case 401:
        return new ApiError(status, "That key is not valid: check it and enter it again.");
      case 403:
        return new ApiError(status, "This key may only predict: it cannot create or manage "
          + "bots. Ask for a key with the admin scope.");
      case 404:
        if (what && what.bot) {
          return new ApiError(status, `There is no bot named “${what.bot}” (any more): `
            + "refresh the list and pick another one.");
        }
        return new ApiError(status, said || "The service does not know that.");
      case 413:
        return new ApiError(status, said || "That is too large for the service.");
      case 429:
        if (type && type !== "TooManyRequests" && said) return new ApiError(status, said);
        return new ApiError(status, `Too many requests, retry in ${retryAfter(response)} s.`);
      case 503:
        return new ApiError(status, "The service is overloaded right now: retry in "
          + `${retryAfter(response)} s.`);
      default:
        if (status >= 500) {
          return new ApiError(status, `The service failed this request${said ? `: ${said}` : "."}`);
        }
        return new ApiError(status, said || `The service refused this request (${status}).`);
    }
  }

  function show(element, text) {
    element.textContent = text || "";
    element.hidden = !text;
  }

  function messageOf(error) {
    if (error instanceof ApiError) return error.message;
    return `Something went wrong in this page: ${error && error.message ? error.message : error}.`;
  }

  // -- the API -------------------------------------------------------------------------------

  /** fetch with the key; resolves to an ok Response, else throws an ApiError (a sentence). */
  async function api(path, options = {}, what = null) {
    if (!state.key) throw new ApiError(401, "Enter your API key first.");
    const headers = new Headers(options.headers || {});
    headers.set("Authorization", `Bearer ${state.key}`);
    let response;
    try {
      response = await fetch(path, { ...options, headers, cache: "no-store" });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new ApiError(0, "The service cannot be reached: check the connection and retry.");
    }
    if (!response.ok) {
      const error = await errorOf(response, what);
      if (error.status === 401) forgetKey(); // a stored bad key would fail every call
      throw error;
    }
    return response;
  }

  /** The lines of a streamed body as they arrive (blank ones included: SSE needs them). */
  async function* lines(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        yield buffer.slice(0, newline).replace(/\r$/, "");
        buffer = buffer.slice(newline + 1);
      }
    }
    buffer += decoder.decode();
    if (buffer) yield buffer;
  }

  /** Server-sent events parsed by hand: EventSource cannot send an Authorization header. */
  async function* serverEvents(response) {
    let event = "message";
    let data = [];
    for await (const line of lines(response)) {
      if (line === "") {
        if (data.length) yield { event, data: data.join("\n") };
        event = "message";
        data = [];
      } else if (line.startsWith("event:")) {
        event = line.slice(6).trim();
      } else if (line.startsWith("data:")) {
        data.push(line.slice(5).replace(/^ /, ""));
      } // comments (":") and other fields are ignored, as EventSource does
    }
    if (data.length) yield { event, data: data.join("\n") };
  }

  // -- the key -------------------------------------------------------------------------------

  function setKey(key) {
    state.key = key;
    sessionStorage.setItem(KEY_STORAGE, key);
    $("key-form").hidden = true;
    $("key-set").hidden = false;
    show($("page-error"), "");
  }

  function forgetKey() {
    state.key = null;
    sessionStorage.removeItem(KEY_STORAGE);
    $("key-form").hidden = false;
    $("key-set").hidden = true;
    $("generate").disabled = true;
    $("train").disabled = true;
    $("bots-refresh").disabled = true;
  }

  async function start() {
    $("train").disabled = false;
    $("bots-refresh").disabled = false;
    try {
      await loadDefaults();
    } catch (error) {
      // the knobs keep their fallback values; only a bad key is worth saying here
      if (error.status === 401) {
        show($("page-error"), messageOf(error));
        return;
      }
    }
    try {
      await loadBots();
    } catch (error) {
      show($("page-error"), messageOf(error));
    }
  }

  // -- defaults and bots ---------------------------------------------------------------------

  async function loadDefaults() {
    const response = await api("/defaults");
    const defaults = await response.json();
    state.defaults = { ...FALLBACK_DEFAULTS, ...defaults,
      sampling: { ...FALLBACK_DEFAULTS.sampling, ...(defaults.sampling || {}) } };
    applyDefaults();
  }

  function applyDefaults() {
    const { sampling } = state.defaults;
    $("prompt").value = state.defaults.widget_text;
    for (const [id, field] of KNOBS) {
      if (sampling[field] !== undefined) $(id).value = String(sampling[field]);
    }
  }

  async function loadBots(select = null) {
    const response = await api("/bots");
    const { bots } = await response.json();
    state.bots = Array.isArray(bots) ? bots : [];
    const menu = $("bot-select");
    const previous = select || menu.value;
    menu.replaceChildren();
    if (!state.bots.length) {
      menu.append(new Option("no bot yet: make one in “New bot” below", ""));
      menu.disabled = true;
    } else {
      for (const bot of state.bots) menu.append(new Option(bot.name, bot.name));
      menu.disabled = false;
      if (state.bots.some((bot) => bot.name === previous)) menu.value = previous;
    }
    showBot();
  }

  function selectedBot() {
    return state.bots.find((bot) => bot.name === $("bot-select").value) || null;
  }

  function showBot() {
    const bot = selectedBot();
    $("bot-card").hidden = !bot;
    $("generate").disabled = !bot || !!state.generation;
    if (!bot) return;
    const base = (bot.base && bot.base.name) || "an unnamed base";
    const tables = Array.isArray(bot.tables) ? bot.tables : [];
    $("bot-users").textContent = (bot.users || []).map((user) => `@${user}`).join(", ");
    $("bot-kind").textContent = bot.kind === "adapter"
      ? `LoRA adapter on ${base}` : `full model, trained from ${base}`;
    const kept = tables.reduce((sum, table) => sum + (Number(table.kept) || 0), 0);
    $("bot-kept").textContent = kept.toLocaleString("en");
    const perplexity = bot.best_validation_perplexity;
    $("bot-perplexity").textContent = typeof perplexity === "number"
      ? perplexity.toFixed(2) : "not measured";
    $("bot-size").textContent = size(bot.bytes);
    $("bot-created").textContent = bot.created ? bot.created.replace("T", " ").replace("Z", " UTC")
      : "unknown";
    renderTable(tables);
  }

  function size(bytes) {
    const value = Number(bytes) || 0;
    if (value >= 1e9) return `${(value / 1e9).toFixed(1)} GB`;
    if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
    if (value >= 1e3) return `${(value / 1e3).toFixed(0)} kB`;
    return `${value} B`;
  }

  /** The card's data table: one column per user, as training/clean.py renders it. */
  function renderTable(tables) {
    const head = $("bot-table").tHead;
    const body = $("bot-table").tBodies[0];
    const header = document.createElement("tr");
    header.append(cell("th", "Data", "col"));
    for (const table of tables) header.append(cell("th", `@${table.handle}`, "col"));
    head.replaceChildren(header);
    body.replaceChildren(...TABLE_ROWS.map(([label, key]) => {
      const row = document.createElement("tr");
      row.append(cell("th", label, "row"));
      for (const table of tables) {
        const value = table[key];
        row.append(cell("td", typeof value === "number" ? value.toLocaleString("en") : "–"));
      }
      return row;
    }));
  }

  function cell(tag, text, scope) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (scope) element.scope = scope;
    return element;
  }

  // -- generating ----------------------------------------------------------------------------

  /** One candidate's box: the prompt, the answer as it grows, its length against 280. */
  function candidateBox(index, prompt) {
    const box = document.createElement("article");
    box.className = "candidate";
    box.dataset.state = "streaming";
    const title = document.createElement("h3");
    title.textContent = `Candidate ${index + 1}`;
    const text = document.createElement("p");
    text.className = "text";
    const start = document.createElement("span");
    start.className = "prompt";
    start.textContent = prompt;
    const answer = document.createElement("span");
    answer.className = "answer";
    text.append(start, answer);
    const count = document.createElement("p");
    count.className = "count";
    box.append(title, text, count);
    const candidate = { box, start, answer, count, prompt };
    updateCount(candidate);
    return candidate;
  }

  function updateCount(candidate) {
    const limit = state.defaults.tweet_chars || 280;
    // X counts characters as code points (an emoji is one), not UTF-16 units
    const length = [...(candidate.start.textContent + candidate.answer.textContent)].length;
    candidate.count.textContent = `${length}/${limit}`;
    candidate.box.classList.toggle("over", length > limit);
  }

  function knobs() {
    const body = {};
    for (const [id, field, parse] of KNOBS) {
      const value = parse($(id).value, 10);
      if (Number.isFinite(value)) body[field] = value;
    }
    body.stop_at_newline = $("stop-at-newline").checked;
    return body;
  }

  async function generate(event) {
    event.preventDefault();
    const bot = selectedBot();
    if (!bot || state.generation) return;
    const prompt = $("prompt").value;
    const body = { text: prompt, ...knobs(), stream: true };
    const controller = new AbortController();
    state.generation = controller;
    $("generate").disabled = true;
    $("stop").disabled = false;
    show($("generate-error"), "");
    $("generate-status").textContent = `@${bot.name} is writing…`;
    const candidates = [];
    for (let i = 0; i < (body.num_return_sequences || 1); i += 1) {
      candidates.push(candidateBox(i, prompt));
    }
    $("candidates").replaceChildren(...candidates.map((candidate) => candidate.box));
    let finished = false;
    try {
      const response = await api(`/predictions/${encodeURIComponent(bot.name)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/x-ndjson" },
        body: JSON.stringify(body),
        signal: controller.signal,
      }, { bot: bot.name });
      for await (const line of lines(response)) {
        if (!line.trim()) continue;
        const message = JSON.parse(line);
        if (Array.isArray(message)) {
          // the final line: the whole answers, already cut at the bot's rule
          message.forEach((item, i) => {
            const candidate = candidates[i];
            if (!candidate) return;
            const text = String(item.generated_text || "");
            candidate.answer.textContent = text.startsWith(prompt)
              ? text.slice(prompt.length) : text;
            if (!text.startsWith(prompt)) candidate.start.textContent = "";
            candidate.box.dataset.state = "done";
            updateCount(candidate);
          });
          finished = true;
        } else if (message && typeof message.error === "string") {
          throw new ApiError(500, `The bot failed while writing: ${sentence(message.error)}`);
        } else if (message && Number.isInteger(message.index) && candidates[message.index]) {
          const candidate = candidates[message.index];
          candidate.answer.textContent += message.text || "";
          updateCount(candidate);
        }
      }
      $("generate-status").textContent = finished
        ? `Done: ${candidates.length} candidates from @${bot.name}.`
        : "The answer ended early: the connection closed before the bot finished.";
    } catch (error) {
      if (error.name === "AbortError") {
        // closing the connection is what tells the server to stop generating
        $("generate-status").textContent = "Stopped: the server was told to stop writing.";
      } else {
        $("generate-status").textContent = "";
        show($("generate-error"), messageOf(error));
        // a bot deleted since the list was read: the list should no longer offer it
        if (error.status === 404) loadBots().catch(() => {});
      }
      for (const candidate of candidates) {
        if (candidate.box.dataset.state === "streaming") candidate.box.dataset.state = "stopped";
      }
    } finally {
      state.generation = null;
      $("stop").disabled = true;
      $("generate").disabled = !selectedBot() || !state.key;
    }
  }

  function stop() {
    if (state.generation) state.generation.abort();
  }

  // -- a new bot -----------------------------------------------------------------------------

  async function createBot(event) {
    event.preventDefault();
    show($("job-error"), "");
    const file = $("archive").files[0];
    const name = $("bot-name").value.trim().replace(/^@/, "");
    if (!file || !name) {
      show($("job-error"), "Choose the archive and type the account's handle.");
      return;
    }
    const limit = state.defaults.max_upload_bytes;
    if (limit && file.size > limit) {
      show($("job-error"), `The archive is ${size(file.size)}: the service takes up to `
        + `${size(limit)}. Upload data/tweets.js alone if the .zip is larger.`);
      return;
    }
    const form = new FormData();
    form.append("archive", file, file.name);
    form.append("name", name);
    form.append("lora", $("lora").checked ? "true" : "false");
    form.append("force", $("force").checked ? "true" : "false");
    const epochs = parseInt($("epochs").value, 10);
    if (Number.isFinite(epochs)) form.append("epochs", String(epochs));
    $("train").disabled = true;
    $("job").hidden = true;
    try {
      const response = await api("/bots", { method: "POST", body: form });
      const job = await response.json();
      showJob(job);
      await followJob(job.id);
    } catch (error) {
      show($("job-error"), messageOf(error));
    } finally {
      $("train").disabled = !state.key;
    }
  }

  /** Follow a job's events until it ends; reconnect if the stream drops before that. */
  async function followJob(id) {
    const controller = new AbortController();
    state.job = { id, controller };
    $("cancel-job").hidden = false;
    let job = null;
    try {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const response = await api(`/jobs/${encodeURIComponent(id)}/events`, {
          headers: { Accept: "text/event-stream" },
          signal: controller.signal,
        });
        for await (const message of serverEvents(response)) {
          if (message.event !== "job") continue;
          job = JSON.parse(message.data);
          showJob(job);
        }
        if (job && TERMINAL_STATES.has(job.state)) break;
        // the stream ended before the job did (a proxy's timeout): ask, then listen again
        job = await (await api(`/jobs/${encodeURIComponent(id)}`)).json();
        showJob(job);
        if (TERMINAL_STATES.has(job.state)) break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    } finally {
      state.job = null;
      $("cancel-job").hidden = true;
    }
    if (job && job.state === "done") {
      await loadBots(job.bot);
      $("bot-select").value = job.bot;
      showBot();
      $("job-status").textContent = `Done: @${job.bot} is ready, selected above.`;
    }
  }

  function showJob(job) {
    const panel = $("job");
    panel.hidden = false;
    panel.dataset.state = job.state;
    const progress = $("job-progress");
    const fraction = job.state === "done" ? 1 : Math.max(0, Math.min(1, Number(job.progress) || 0));
    progress.value = fraction;
    $("job-label").textContent = `Training @${job.bot}`;
    const percent = `${Math.round(fraction * 100)}%`;
    const stage = STAGES[job.stage] || (job.stage ? sentence(job.stage).slice(0, -1) : "Starting");
    const steps = job.stage === "train" && job.steps ? `, step ${job.step || 0} of ${job.steps}`
      : "";
    const eta = typeof job.eta_s === "number" && job.state === "running"
      ? `, about ${Math.ceil(job.eta_s)} s left` : "";
    const words = {
      queued: "Waiting for its turn",
      running: `${stage}: ${percent}${steps}${eta}`,
      done: `Done: ${percent}`,
      failed: "Training failed",
      cancelled: "Training cancelled",
    };
    $("job-status").textContent = words[job.state] || job.state;
    if (job.state === "failed") {
      show($("job-error"), `The bot could not be made: ${sentence(job.error || "no reason given")}`);
    }
    const epochs = Array.isArray(job.epochs) ? job.epochs : [];
    $("job-epochs").replaceChildren(...epochs.map((epoch) => {
      const item = document.createElement("li");
      const perplexity = typeof epoch.validation_perplexity === "number"
        ? epoch.validation_perplexity.toFixed(2) : "–";
      item.textContent = `Epoch ${epoch.epoch}: validation perplexity ${perplexity}`;
      return item;
    }));
  }

  async function cancelJob() {
    if (!state.job) return;
    try {
      await api(`/jobs/${encodeURIComponent(state.job.id)}`, { method: "DELETE" });
    } catch (error) {
      show($("job-error"), messageOf(error));
    }
  }

  // -- wiring ----------------------------------------------------------------------------------

  function init() {
    $("prompt").value = FALLBACK_DEFAULTS.widget_text;
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const key = $("api-key").value.trim();
      $("api-key").value = "";
      if (!key) return;
      setKey(key);
      start();
    });
    $("key-forget").addEventListener("click", forgetKey);
    $("bots-refresh").addEventListener("click", () => {
      loadBots().catch((error) => show($("page-error"), messageOf(error)));
    });
    $("bot-select").addEventListener("change", showBot);
    $("generate-form").addEventListener("submit", generate);
    $("stop").addEventListener("click", stop);
    $("new-bot-form").addEventListener("submit", createBot);
    $("cancel-job").addEventListener("click", cancelJob);
    const stored = sessionStorage.getItem(KEY_STORAGE);
    if (stored) {
      setKey(stored);
      start();
    }
  }

  init();
})();
