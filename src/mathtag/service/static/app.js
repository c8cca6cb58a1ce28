// mathtag review page: plain JS, no build step. Talks to the /v1 API of the same server.
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = { info: null, key: localStorage.getItem("mathtag.key") || "", historyOffset: 0, pickerFor: null,
  recentLoading: Promise.resolve() };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error && body.error.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.key) headers["X-API-Key"] = state.key;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(options.json);
  }
  const res = await fetch(path, Object.assign({}, options, { headers }));
  if (res.status === 401) $("#key-bar").hidden = false;
  if (!res.ok) {
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    throw new ApiError(res.status, body);
  }
  if (options.raw) return res;
  return res.json();
}

function explain(err) {
  if (!(err instanceof ApiError)) return String(err);
  const d = err.body && err.body.error && err.body.error.details;
  const sug = d && d.suggestions && d.suggestions.length ? ` (비슷한 코드: ${d.suggestions.join(", ")})` : "";
  const prefix = { 401: "API 키가 필요합니다: ", 413: "너무 큽니다: ", 429: "요청이 너무 많습니다: " }[err.status] || "";
  return prefix + err.message + sug;
}

const pct = (x) => `${Math.round(x * 100)}%`;
const when = (iso) => new Date(iso).toLocaleString("ko-KR");

// ---- cards -------------------------------------------------------------------------------------
// A card shows one problem: {problem_id, prediction_id, text, prediction, correction, status}
function card(item) {
  const node = $("#card-template").content.firstElementChild.cloneNode(true);
  node.dataset.problemId = item.problem_id || "";
  node.querySelector(".problem").textContent = item.text;
  const p = item.prediction;
  node.querySelector(".code").textContent = p.standard;
  node.querySelector(".statement").textContent = p.statement;
  node.querySelector(".review").hidden = !p.needs_review;
  node.querySelector(".bar span").style.width = pct(p.confidence);
  node.querySelector(".pct").textContent = `신뢰도 ${pct(p.confidence)}`;
  node.querySelector(".meta").textContent = [
    `${p.school_level} · ${p.grade_band} · ${p.subject} · ${p.domain}`,
    `성취수준 ${p.achievement_level || "–"}`, `난이도 ${p.difficulty || "–"}`,
  ].join("   ");
  node.querySelector(".concepts").textContent = p.concepts.length ? `개념: ${p.concepts.join(", ")}` : "";
  const alts = node.querySelector(".alts ol");
  for (const alt of p.top_k.slice(1)) {
    const li = el("li", {}, el("span", { class: "code" }, alt.standard), ` ${pct(alt.score)} `,
      el("span", { class: "alt-statement" }, "…"));
    if (item.problem_id) {
      li.append(el("button", { type: "button", "data-testid": "use-alt",
        onclick: () => correct(node, item, alt.standard) }, "이것으로 수정"));
    }
    alts.append(li);
    statementOf(alt.standard).then((s) => { li.querySelector(".alt-statement").textContent = s; });
  }
  if (!item.problem_id) {
    node.querySelector(".actions").replaceChildren(el("span", { class: "muted" }, "저장하지 않은 결과"));
  } else {
    node.querySelector(".accept").addEventListener("click", () => correct(node, item, p.standard));
    node.querySelector(".correct").addEventListener("click", () => openPicker(node, item));
  }
  showState(node, item);
  return node;
}

function showState(node, item) {
  const s = node.querySelector(".state");
  if (!s) return;
  node.classList.toggle("reviewed", !!item.correction);
  node.classList.toggle("needs-review", !item.correction && item.prediction.needs_review);
  if (!item.correction) { s.textContent = ""; s.className = "state"; return; }
  const c = item.correction;
  s.className = "state ok";
  s.textContent = c.action === "accept"
    ? `승인됨: ${c.to_standard} (${c.actor}, ${when(c.created_at)})`
    : `수정됨: ${c.from_standard || "–"} → ${c.to_standard} (${c.actor}, ${when(c.created_at)})`;
  s.title = c.to_statement;
}

const statements = new Map();
function statementOf(code) {
  if (!statements.has(code)) {
    statements.set(code, api(`/v1/standards/${encodeURIComponent(code)}`).then((s) => s.statement).catch(() => ""));
  }
  return statements.get(code);
}

async function correct(node, item, code) {
  const s = node.querySelector(".state");
  try {
    const body = item.prediction_id ? { prediction_id: item.prediction_id, standard: code }
      : { problem_id: item.problem_id, standard: code };
    item.correction = await api("/v1/corrections", { method: "POST", json: body });
    showState(node, item);
    refreshQueueCount();
  } catch (err) {
    s.className = "state error";
    s.textContent = explain(err);
  }
}

const fromStored = (p) => ({ problem_id: p.id, prediction_id: p.prediction && p.prediction.id, text: p.text,
  prediction: p.prediction && p.prediction.prediction, correction: p.correction, status: p.status,
  scope: p.prediction && p.prediction.scope });

function renderList(container, problems, append = false) {
  if (!append) container.replaceChildren();
  const items = problems.filter((p) => p.prediction);
  for (const p of items) container.append(card(fromStored(p)));
  if (!append && !items.length) container.append(el("p", { class: "muted" }, "아직 없습니다."));
}

// ---- picker ------------------------------------------------------------------------------------
function openPicker(node, item) {
  state.pickerFor = { node, item };
  const dlg = $("#picker");
  $("#picker-q").value = "";
  $("#picker-scope").value = item.scope || "";
  $("#picker-list").replaceChildren();
  dlg.showModal();
  $("#picker-q").focus();
  searchStandards();
}

let pickerTimer = null;
function searchStandards() {
  clearTimeout(pickerTimer);
  pickerTimer = setTimeout(async () => {
    const params = new URLSearchParams({ limit: "60" });
    const q = $("#picker-q").value.trim();
    const scope = $("#picker-scope").value.trim();
    if (q) params.set("q", q);
    if (scope) params.set("scope", scope);
    $("#picker-error").textContent = "";
    try {
      const res = await api(`/v1/standards?${params}`);
      const list = $("#picker-list");
      list.replaceChildren();
      for (const s of res.items) {
        const li = el("li", { tabindex: "0", "data-code": s.code, "data-testid": "picker-item" },
          el("span", { class: "code" }, s.code), " ", s.statement,
          el("div", { class: "sub" }, `${s.school_level} · ${s.grade_band} · ${s.subject} · ${s.domain}`));
        const choose = () => pick(s.code);
        li.addEventListener("click", choose);
        li.addEventListener("keydown", (e) => { if (e.key === "Enter") choose(); });
        list.append(li);
      }
      if (!res.items.length) list.append(el("li", { class: "muted" }, "찾는 성취기준이 없습니다."));
    } catch (err) {
      $("#picker-error").textContent = explain(err);
    }
  }, 150);
}

async function pick(code) {
  const target = state.pickerFor;
  $("#picker").close();
  if (target) await correct(target.node, target.item, code);
}

// ---- classify ----------------------------------------------------------------------------------
function splitProblems(text) {
  return text.split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean);
}

function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell); rows.push(row); row = []; cell = "";
    } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function readProblemFile(file) {
  const buf = await file.arrayBuffer();
  let text;
  try { text = new TextDecoder("utf-8", { fatal: true }).decode(buf); }
  catch (_) { text = new TextDecoder("euc-kr").decode(buf); } // Korean Excel CSV (CP949)
  text = text.replace(/^\uFEFF/, "");
  const name = file.name.toLowerCase();
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
    return text.split("\n").filter((l) => l.trim()).map((l) => { try { return JSON.parse(l).text; } catch (_) { return null; } })
      .filter((t) => typeof t === "string" && t.trim());
  }
  if (name.endsWith(".csv")) {
    const rows = parseCsv(text);
    const col = rows.length ? rows[0].indexOf("text") : -1;
    if (col < 0) throw new Error("CSV에 text 열이 없습니다.");
    return rows.slice(1).map((r) => r[col]).filter((t) => t && t.trim());
  }
  return splitProblems(text);
}

async function classify(event) {
  event.preventDefault();
  const status = $("#classify-status");
  status.className = "status";
  let texts = splitProblems($("#problem-text").value);
  try {
    const file = $("#problem-file").files[0];
    if (file) texts = texts.concat(await readProblemFile(file));
  } catch (err) {
    status.className = "status error"; status.textContent = String(err.message || err); return;
  }
  if (!texts.length) { status.className = "status error"; status.textContent = "문제를 입력하세요."; return; }
  const scope = $("#scope").value.trim() || null;
  const topK = Number($("#top-k").value);
  const max = (state.info && state.info.limits.max_batch) || 256;
  status.textContent = `${texts.length}개 분류 중…`;
  const recent = $("#recent");
  if (recent.firstElementChild && recent.firstElementChild.tagName === "P") recent.replaceChildren();
  try {
    let done = 0;
    const fresh = [];
    for (let i = 0; i < texts.length; i += max) {
      const chunk = texts.slice(i, i + max);
      const res = await api("/v1/classify/batch", { method: "POST",
        json: { items: chunk.map((text) => ({ text })), scope, top_k: topK } });
      res.results.forEach((r, j) => fresh.push(card({ ...r, text: chunk[j], correction: null, scope })));
      done += chunk.length;
      status.textContent = `${done}/${texts.length} 분류 완료`;
    }
    await state.recentLoading;
    if (recent.firstElementChild && recent.firstElementChild.tagName === "P") recent.replaceChildren();
    recent.prepend(...fresh);
    $("#problem-text").value = "";
    $("#problem-file").value = "";
    refreshQueueCount();
  } catch (err) {
    status.className = "status error";
    status.textContent = explain(err);
  }
}

// ---- lists -------------------------------------------------------------------------------------
function loadRecent() {
  // kept as a promise: fresh results wait for it, so a slow first load cannot overwrite them
  state.recentLoading = (async () => {
    try { renderList($("#recent"), (await api("/v1/problems?limit=20")).items); }
    catch (err) { $("#recent").replaceChildren(el("p", { class: "error" }, explain(err))); }
  })();
  return state.recentLoading;
}

async function loadQueue() {
  try {
    const res = await api("/v1/problems?status=needs_review&limit=100");
    renderList($("#queue"), res.items);
    $("#queue-count").textContent = res.total || "";
  } catch (err) { $("#queue").replaceChildren(el("p", { class: "error" }, explain(err))); }
}

async function refreshQueueCount() {
  try { $("#queue-count").textContent = (await api("/v1/problems?status=needs_review&limit=1")).total || ""; }
  catch (_) { /* shown elsewhere */ }
}

async function loadHistory(append = false) {
  if (!append) state.historyOffset = 0;
  const status = $("#history-status").value;
  try {
    const res = await api(`/v1/problems?status=${status}&limit=50&offset=${state.historyOffset}`);
    renderList($("#history"), res.items, append);
    state.historyOffset += res.items.length;
    $("#history-more").disabled = state.historyOffset >= res.total;
  } catch (err) { $("#history").replaceChildren(el("p", { class: "error" }, explain(err))); }
}

// ---- bank jobs ---------------------------------------------------------------------------------
async function download(path, fallbackName) {
  const res = await api(path, { raw: true });
  const blob = await res.blob();
  const cd = res.headers.get("Content-Disposition") || "";
  const m = /filename\*=utf-8''([^;]+)/i.exec(cd) || /filename="?([^";]+)"?/i.exec(cd);
  const a = el("a", { href: URL.createObjectURL(blob), download: m ? decodeURIComponent(m[1]) : fallbackName });
  document.body.append(a); a.click(); a.remove();
}

const JOB_STATUS = { queued: "대기", running: "진행 중", done: "완료", failed: "실패" };
let jobTimer = null;
async function loadJobs() {
  clearTimeout(jobTimer);
  try {
    const res = await api("/v1/jobs?limit=20");
    const body = $("#jobs");
    body.replaceChildren();
    for (const j of res.items) {
      const links = el("td");
      if (j.status === "done") {
        links.append(el("button", { type: "button", onclick: () => download(j.output_url, j.filename) }, "결과"), " ",
          el("button", { type: "button", onclick: () => download(j.rejected_url, "rejected") }, "거부된 행"));
      }
      body.append(el("tr", {}, el("td", {}, j.filename), el("td", { title: j.error || "" }, JOB_STATUS[j.status] || j.status),
        el("td", {}, `${j.done_rows}/${j.total_rows ?? "?"}`), el("td", {}, j.rejected_rows), el("td", {}, j.created_by), links));
    }
    if (res.items.some((j) => j.status === "queued" || j.status === "running")) jobTimer = setTimeout(loadJobs, 1000);
  } catch (err) { $("#bank-status").textContent = explain(err); }
}

async function createJob(event) {
  event.preventDefault();
  const form = new FormData();
  form.append("file", $("#bank-file").files[0]);
  form.append("text_column", $("#bank-column").value.trim() || "text");
  if ($("#bank-scope").value.trim()) form.append("scope", $("#bank-scope").value.trim());
  const status = $("#bank-status");
  status.className = "status";
  try {
    const job = await api("/v1/jobs", { method: "POST", body: form });
    status.textContent = `작업을 시작했습니다 (${job.total_rows}행).`;
    loadJobs();
  } catch (err) { status.className = "status error"; status.textContent = explain(err); }
}

// ---- export and audit --------------------------------------------------------------------------
async function exportCorrections() {
  const status = $("#export-status");
  try {
    await download("/v1/corrections/export", "mathtag-corrections.jsonl");
    status.textContent = "내려받았습니다.";
  } catch (err) { status.className = "status error"; status.textContent = explain(err); }
}

async function loadAudit() {
  try {
    const res = await api("/v1/audit?limit=50");
    $("#audit").replaceChildren(...res.items.map((a) => el("tr", {}, el("td", {}, when(a.at)), el("td", {}, a.actor),
      el("td", {}, a.action), el("td", {}, a.detail.from !== undefined ? `${a.detail.from || "–"} → ${a.detail.to}` : (a.target || "")))));
  } catch (err) { $("#export-status").textContent = explain(err); }
}

// ---- tabs and start ----------------------------------------------------------------------------
const loaders = { classify: loadRecent, queue: loadQueue, history: () => loadHistory(false), bank: loadJobs,
  export: loadAudit };

function showTab(name) {
  for (const b of document.querySelectorAll(".tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const s of document.querySelectorAll(".tab")) s.hidden = s.id !== `tab-${name}`;
  loaders[name]();
}

async function start() {
  for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
  $("#classify-form").addEventListener("submit", classify);
  $("#bank-form").addEventListener("submit", createJob);
  $("#export-button").addEventListener("click", exportCorrections);
  $("#history-status").addEventListener("change", () => loadHistory(false));
  $("#history-more").addEventListener("click", () => loadHistory(true));
  $("#picker-q").addEventListener("input", searchStandards);
  $("#picker-scope").addEventListener("input", searchStandards);
  $("#api-key").value = state.key;
  $("#save-key").addEventListener("click", () => {
    state.key = $("#api-key").value.trim();
    localStorage.setItem("mathtag.key", state.key);
    location.reload();
  });
  try {
    state.info = await api("/v1/info");
    $("#server-info").textContent = `${state.info.backend} ${state.info.model_version} · 성취기준 ${state.info.standards}개 · `
      + (state.info.auth === "open" ? "인증 없음(열린 모드)" : "API 키 사용");
  } catch (err) {
    $("#server-info").textContent = explain(err);
  }
  if (state.info && state.info.auth === "keyed" && !state.key) $("#key-bar").hidden = false;
  loadRecent();
  refreshQueueCount();
}

start();
