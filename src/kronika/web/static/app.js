// Kronika's page. Every string that comes from an article is placed with
// textContent or as an SVG text node, never parsed as HTML.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const COLORS = { AGREE: "#2a9d8f", CONSULT: "#264653", SUPPORT: "#52b788", CONCEDE: "#90be6d", COOPERATE: "#43aa8b",
  AID: "#4d908e", RETREAT: "#577590", REQUEST: "#f9c74f", ACCUSE: "#f8961e", REJECT: "#f3722c", THREATEN: "#e76f51",
  PROTEST: "#d62828", SANCTION: "#9d0208", MOBILIZE: "#6a040f", COERCE: "#370617", ASSAULT: "#03071e" };
const SVG = "http://www.w3.org/2000/svg";

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function svgEl(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function params() {
  const form = new FormData(document.getElementById("filters"));
  const query = new URLSearchParams();
  for (const [key, value] of form.entries()) if (String(value).trim()) query.set(key, String(value).trim());
  return query;
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  const data = await response.json();
  const total = response.headers.get("X-Total-Count");  // paged lists: how many match in all
  if (Array.isArray(data) && total !== null) data.total = Number(total);
  return data;
}

function who(entity) {
  if (!entity) return "—";
  return entity.country ? `${entity.name} (${entity.country})` : entity.name;
}

async function refresh() {
  const query = params().toString();
  const [events, stories, network, stats] = await Promise.all([
    getJSON(`/api/events?${query}`), getJSON(`/api/stories?${query}`), getJSON(`/api/network?${query}`), getJSON("/api/stats"),
  ]);
  document.getElementById("stats").textContent =
    `${stats.documents} articles · ${stats.events} events · ${stats.stories} stories`;
  renderTable(events);
  renderTimeline(stories);
  renderNetwork(network);
}

function renderTable(events) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  const total = events.total ?? events.length;
  document.getElementById("count").textContent =
    total > events.length ? `(${events.length} of ${total}; narrow the filters to see the rest)` : `(${events.length})`;
  document.getElementById("evidence").hidden = true;
  for (const event of events) {
    const row = el("tr", null, { "data-id": event.id });
    row.append(el("td", event.date || "—"), el("td", event.mode ? `${event.type}/${event.mode}` : event.type),
      el("td", who(event.actor)), el("td", who(event.recipient)), el("td", event.modality),
      el("td", (event.attribution || []).join(" ← ") || "—"));
    row.addEventListener("click", () => {
      for (const other of body.querySelectorAll("tr.selected")) other.classList.remove("selected");
      row.classList.add("selected");
      showEvidence(event);
    });
    body.append(row);
  }
}

function highlighted(evidence) {
  // the sentence as text nodes, with each trigger word in a <mark>
  const container = el("p");
  const spans = (evidence.trigger_spans || []).map(([s, e]) => [s - evidence.start, e - evidence.start])
    .filter(([s, e]) => s >= 0 && e <= evidence.sentence.length).sort((a, b) => a[0] - b[0]);
  let position = 0;
  for (const [start, end] of spans) {
    if (start < position) continue;
    container.append(document.createTextNode(evidence.sentence.slice(position, start)), el("mark", evidence.sentence.slice(start, end)));
    position = end;
  }
  container.append(document.createTextNode(evidence.sentence.slice(position)));
  return container;
}

function showEvidence(event) {
  const box = document.getElementById("evidence-body");
  box.replaceChildren();
  box.append(el("p", `${event.type}${event.mode ? "/" + event.mode : ""} · ${who(event.actor)} → ${who(event.recipient)} · ${event.date || "undated"} · ${event.modality}`));
  for (const evidence of event.evidence || []) box.append(highlighted(evidence));
  const chain = (event.attribution || []).join(" ← ");
  box.append(el("p", `According to: ${chain || "the article itself"}`, { class: "chain" }));
  if (event.source) box.append(el("p", `Source: ${event.source.title || ""} ${event.source.outlet ? "· " + event.source.outlet : ""}`, { class: "chain" }));
  document.getElementById("evidence").hidden = false;
}

function renderTimeline(stories) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const dated = stories.filter((s) => s.date_start);
  const width = svg.clientWidth || 600, height = svg.clientHeight || 260, left = 80, right = 10;
  if (!dated.length) {
    const note = svgEl("text", { x: 10, y: 20 }); note.textContent = "No dated stories for these filters."; svg.append(note); return;
  }
  const times = dated.map((s) => Date.parse(s.date_start));
  const min = Math.min(...times), max = Math.max(...times), span = Math.max(max - min, 86400000);
  const types = TYPES.filter((t) => dated.some((s) => s.type === t));
  const rowHeight = (height - 30) / Math.max(types.length, 1);
  types.forEach((type, i) => {
    const label = svgEl("text", { x: 4, y: 20 + i * rowHeight + rowHeight / 2, "font-size": 10 }); label.textContent = type; svg.append(label);
  });
  for (const story of dated) {
    const x = left + ((Date.parse(story.date_start) - min) / span) * (width - left - right);
    const y = 20 + types.indexOf(story.type) * rowHeight + rowHeight / 2;
    const circle = svgEl("circle", { cx: x, cy: y, r: 4 + Math.min(story.articles, 10), fill: COLORS[story.type] || "#888", class: "story" });
    const title = svgEl("title");
    title.textContent = `${story.date} · ${story.type} · ${story.actor.name} → ${story.recipient.name} · ${story.articles} article(s): ${story.outlets.join(", ")}`;
    circle.append(title);
    svg.append(circle);
  }
  monthTicks(svg, min, span, left, width - left - right, height);
}

function monthTicks(svg, min, span, left, plotWidth, height) {
  // a faint line at each month start, labelled often enough to stay readable
  const start = new Date(min), months = [];
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d.getTime() <= min + span; d.setUTCMonth(d.getUTCMonth() + 1)) {
    if (d.getTime() >= min) months.push(new Date(d));
  }
  const every = Math.max(1, Math.ceil(months.length / Math.max(plotWidth / 70, 1)));
  months.forEach((month, i) => {
    const x = left + ((month.getTime() - min) / span) * plotWidth;
    svg.prepend(svgEl("line", { x1: x, x2: x, y1: 12, y2: height - 16, class: "tick" }));
    if (i % every || x > left + plotWidth - 20) return;  // no label cut off at the right edge
    const label = svgEl("text", { x, y: height - 4, "font-size": 10, "text-anchor": "middle" });
    label.textContent = month.toISOString().slice(0, 7);
    svg.append(label);
  });
}

function renderNetwork(network) {
  const svg = document.getElementById("network");
  svg.replaceChildren();
  const width = svg.clientWidth || 600, height = svg.clientHeight || 260;
  const nodes = network.nodes.slice(0, 40);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  // an ellipse over the whole box, leaving room for the labels on either side
  const fullLabel = (node) => (node.country ? `${node.id} (${node.country})` : node.id);
  const labelOf = (node) => (fullLabel(node).length > 28 ? fullLabel(node).slice(0, 27) + "…" : fullLabel(node));
  const longest = Math.max(0, ...nodes.map((node) => labelOf(node).length));
  const rx = Math.max(width / 2 - Math.min(24 + longest * 5.5, width / 3), 40), ry = height / 2 - 24;  // ~5.5 px a character at 10 px
  const angles = nodes.map((_, i) => (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2);
  const position = angles.map((angle) => [width / 2 + rx * Math.cos(angle), height / 2 + ry * Math.sin(angle)]);
  for (const edge of network.edges) {
    if (!index.has(edge.source) || !index.has(edge.target)) continue;
    const [x1, y1] = position[index.get(edge.source)], [x2, y2] = position[index.get(edge.target)];
    const line = svgEl("line", { x1, y1, x2, y2, class: "edge", "stroke-width": Math.min(1 + edge.weight, 6) });
    const title = svgEl("title");
    title.textContent = `${edge.source} → ${edge.target}: ` + Object.entries(edge.types).map(([t, n]) => `${t} ${n}`).join(", ");
    line.append(title);
    svg.append(line);
  }
  nodes.forEach((node, i) => {
    const [x, y] = position[i];
    const group = svgEl("g", { class: "node", "data-actor": node.id, tabindex: 0 });
    group.append(svgEl("circle", { cx: x, cy: y, r: 5 + Math.min(node.events, 10), fill: "#4a6fa5" }));
    const left = Math.cos(angles[i]) < -1e-9;  // labels point away from the centre
    const gap = 8 + Math.min(node.events, 10);
    const label = svgEl("text", { x: left ? x - gap : x + gap, y: y + 3, "text-anchor": left ? "end" : "start" });
    label.textContent = labelOf(node);
    const name = svgEl("title");
    name.textContent = `${fullLabel(node)}: ${node.events} event(s)`;
    group.append(name);
    group.append(label);
    group.addEventListener("click", () => { document.getElementById("f-actor").value = node.id; refresh(); });
    svg.append(group);
  });
}

function problem(detail) {
  // FastAPI's 422 lists each invalid field; 413 and others say it in one string
  if (Array.isArray(detail)) return detail.map((item) => `${(item.loc || []).slice(1).join(".")}: ${item.msg}`).join("; ");
  return typeof detail === "string" ? detail : "unexpected answer";
}

function timeNote(documentInfo) {
  if (documentInfo.published) return `Publication time: ${documentInfo.published}.`;
  if (documentInfo.inferred_time) {
    return `No publication time found: dates are read against ${documentInfo.inferred_time.slice(0, 10)}, inferred from the dates the text gives. Give the time above if you know it.`;
  }
  return "No publication time found: relative dates ('u utorak', 'jučer') are left undated. Give the time above to resolve them.";
}

async function codeArticle() {
  const error = document.getElementById("paste-error");
  const list = document.getElementById("pasted-events");
  error.hidden = true;
  document.getElementById("paste-time").hidden = true;
  list.replaceChildren();
  const body = { text: document.getElementById("article").value };
  const published = document.getElementById("published").value;
  const lang = document.getElementById("lang").value;
  if (published) body.published = published;
  if (lang) body.lang = lang;
  const response = await fetch("/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const result = await response.json();
  if (!response.ok) {
    error.textContent = `The article could not be coded (${response.status}): ${problem(result.detail)}`;
    error.hidden = false;
    return;
  }
  const time = document.getElementById("paste-time");
  time.textContent = timeNote(result.document);
  time.hidden = false;
  if (!result.events.length) list.append(el("li", "No events found."));
  for (const event of result.events) {
    const item = el("li", `${event.date || "undated"} — ${who(event.actor)} ${event.type}${event.mode ? "/" + event.mode : ""} ${who(event.recipient)} (${event.modality})${event.attribution.length ? " [" + event.attribution.join(" ← ") + "]" : ""}`, { class: "pasted-event" });
    for (const evidence of event.evidence) item.append(highlighted(evidence));
    list.append(item);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("f-type");
  for (const type of TYPES) select.append(el("option", type, { value: type }));
  document.getElementById("filters").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  document.getElementById("clear").addEventListener("click", () => { document.getElementById("filters").reset(); refresh(); });
  document.getElementById("code").addEventListener("click", codeArticle);
  refresh().catch((error) => { document.getElementById("stats").textContent = `Could not load events: ${error.message}`; });
});
