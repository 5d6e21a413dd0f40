// Kronika's page. Every string that comes from an article is placed with
// textContent or as an SVG text node, never parsed as HTML.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const COLORS = { AGREE: "#2a9d8f", CONSULT: "#264653", SUPPORT: "#52b788", CONCEDE: "#90be6d", COOPERATE: "#43aa8b",
  AID: "#4d908e", RETREAT: "#577590", REQUEST: "#f9c74f", ACCUSE: "#f8961e", REJECT: "#f3722c", THREATEN: "#e76f51",
  PROTEST: "#d62828", SANCTION: "#9d0208", MOBILIZE: "#6a040f", COERCE: "#370617", ASSAULT: "#03071e" };
const SVG = "http://www.w3.org/2000/svg";
// PLOVER's four quad classes: an edge of the network takes the colour of its most frequent one
const QUADS = [
  { name: "verbal cooperation", color: "#2a9d8f", types: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"] },
  { name: "material cooperation", color: "#4361ee", types: ["COOPERATE", "AID", "RETREAT"] },
  { name: "verbal conflict", color: "#f4a261", types: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"] },
  { name: "material conflict", color: "#c1121f", types: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"] },
];
// A node's colour says what kind of actor it is (its sector, grouped so that the legend stays short)
const SECTOR_GROUPS = [
  { name: "government, diplomacy, courts, police", color: "#3d5a80", sectors: ["GOV", "DIP", "JUD", "COP"] },
  { name: "military", color: "#6b4226", sectors: ["MIL"] },
  { name: "parties and opposition", color: "#8e44ad", sectors: ["PTY", "OPP"] },
  { name: "international bodies and NGOs", color: "#16a085", sectors: ["IGO", "NGO"] },
  { name: "rebels and armed groups", color: "#c0392b", sectors: ["REB"] },
  { name: "citizens, media, business", color: "#e09f3e", sectors: ["CVL", "MED", "BUS"] },
  { name: "unknown", color: "#9aa5b1", sectors: ["UNK", null] },
];
const SYMMETRIC = new Set(["CONSULT", "COOPERATE"]);  // A meets B is B meets A: no arrow (as the store's stories)
const MAX_NODES = 40;  // actors drawn in the network
const PAGE = 500;  // events fetched at a time; "Show more" fetches the next page
let shownEvents = [];  // every event fetched for the current filters, in the API's order
const WATCH_MS = 3000;  // how often the page asks whether an ingest has stored more
let loadedStats = null;  // the store's counts when the views were last loaded

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
    getJSON(`/api/events?limit=${PAGE}&${query}`), getJSON(`/api/stories?${query}`), getJSON(`/api/network?${query}`), getJSON("/api/stats"),
  ]);
  document.getElementById("stats").textContent =
    `${stats.documents} articles · ${stats.events} events · ${stats.stories} stories`;
  loadedStats = stats;
  document.getElementById("new-rows").hidden = true;
  shownEvents = events;
  renderTable(events.total ?? events.length);
  renderTimeline(stories);
  renderNetwork(network);
}

async function watchStore() {
  // A `kronika ingest` may be writing this store while the page is open: say what it has added,
  // and let the reader choose when to reload (a reload would close the evidence being read).
  try {
    const stats = await getJSON("/api/stats");
    if (loadedStats && (stats.events !== loadedStats.events || stats.documents !== loadedStats.documents)) {
      const button = document.getElementById("new-rows");
      const plural = (n, word) => `${n} new ${word}${n === 1 ? "" : "s"}`;
      button.textContent = `${plural(stats.documents - loadedStats.documents, "article")}, ` +
        `${plural(stats.events - loadedStats.events, "event")} stored: show them`;
      button.hidden = false;
    }
  } catch (error) {
    // the store is busy for a moment (503 while a batch is written): the next look will tell
  }
  setTimeout(watchStore, WATCH_MS);
}

async function showMore() {
  // the next page of events for the same filters, added to those shown
  const query = params();
  query.set("limit", PAGE);
  query.set("offset", shownEvents.length);
  const more = await getJSON(`/api/events?${query}`);
  shownEvents = shownEvents.concat(more);
  renderTable(more.total ?? shownEvents.length);
}

function byStory(events) {
  // one group per story, in the order its first event came: an event told by many articles is one row
  const groups = new Map();
  for (const event of events) {
    const key = event.story || event.id;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(event);
  }
  return [...groups.entries()].map(([story, reports]) => ({ story, reports }));
}

function renderTable(total) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  const groups = byStory(shownEvents);
  const fetched = shownEvents.length;
  const stories = `${groups.length} ${groups.length === 1 ? "story" : "stories"}`;
  document.getElementById("count").textContent = total > fetched
    ? `(${fetched} of ${total} events, in ${stories}; narrow the filters or show more)` : `(${fetched} events, in ${stories})`;
  const more = document.getElementById("more");
  more.hidden = total <= fetched;
  for (const group of groups) body.append(storyRow(group));
}

function storyRow(group) {
  const [event] = group.reports;
  const row = el("tr", null, { class: "event", "data-id": event.id, "data-story": group.story, tabindex: 0 });
  const articles = new Set(group.reports.map((e) => e.document)).size;
  row.append(el("td", event.date || "undated"), el("td", event.mode ? `${event.type}/${event.mode}` : event.type),
    el("td", who(event.actor)), el("td", who(event.recipient)), el("td", event.modality),
    el("td", (event.attribution || []).join(" ← ") || "—"),
    el("td", articles > 1 ? `${articles} articles` : "1 article", { class: "reports" }));
  const open = () => selectRow(row, group);
  row.addEventListener("click", open);
  row.addEventListener("keydown", (key) => { if (key.key === "Enter" || key.key === " ") { key.preventDefault(); open(); } });
  return row;
}

function selectRow(row, group) {
  // the evidence opens right under its row and is scrolled into view, not below the whole table
  const body = row.parentNode;
  for (const other of body.querySelectorAll("tr.selected")) other.classList.remove("selected");
  for (const old of body.querySelectorAll("tr.evidence-row")) old.remove();
  row.classList.add("selected");
  const holder = el("tr", null, { class: "evidence-row" });
  const cell = el("td", null, { colspan: row.children.length });
  cell.append(evidencePanel(group));
  holder.append(cell);
  row.after(holder);
  holder.scrollIntoView({ block: "nearest" });
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

function evidencePanel(group) {
  // every report of the story: its sentence with the trigger marked, its source and who said it
  const panel = el("div", null, { id: "evidence" });
  const [event] = group.reports;
  panel.append(el("h3", `${event.type}${event.mode ? "/" + event.mode : ""} · ${who(event.actor)} → ${who(event.recipient)} · ${event.date || "undated"} · ${event.modality}`));
  for (const report of group.reports) {
    const part = el("div", null, { class: "report" });
    for (const evidence of report.evidence || []) part.append(highlighted(evidence));
    const chain = (report.attribution || []).join(" ← ");
    part.append(el("p", `According to: ${chain || "the article itself"}`, { class: "chain" }));
    if (report.source) {
      const source = [report.source.title, report.source.outlet, report.source.published ? report.source.published.slice(0, 10) : null];
      part.append(el("p", `Source: ${source.filter(Boolean).join(" · ") || "—"}`, { class: "chain" }));
    }
    panel.append(part);
  }
  return panel;
}

function openStory(story) {
  // a story picked on the timeline or in the undated list opens in the table when it is shown there
  const row = document.querySelector(`#events tr.event[data-story="${CSS.escape(story)}"]`);
  if (row) row.click();
}

function storyLabel(story) {
  return `${story.type} · ${story.actor.name} → ${story.recipient.name || "—"} · ${story.articles} article(s)` +
    (story.outlets.length ? `: ${story.outlets.join(", ")}` : "");
}

function renderTimeline(stories) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  // a story with no known day has no place on a time axis: it is listed under it instead
  const dated = stories.filter((s) => s.date_start), undated = stories.filter((s) => !s.date_start);
  renderUndated(undated);
  const total = stories.total ?? stories.length;
  document.getElementById("timeline-count").textContent = total > stories.length
    ? `(${dated.length} dated of the ${stories.length} newest; ${total} in all)` : `(${dated.length} dated)`;
  const width = svg.clientWidth || 600, height = svg.clientHeight || 260, left = 80, right = 10;
  if (!dated.length) {
    const note = svgEl("text", { x: 10, y: 20 }); note.textContent = "No dated stories for these filters."; svg.append(note); return;
  }
  const DAY = 86400000;
  const days = (story) => (story.span ? story.span.map(Date.parse) : [Date.parse(story.date_start), Date.parse(story.date_start)]);
  const times = dated.flatMap((story) => days(story));
  const min = Math.min(...times), max = Math.max(...times) + DAY, span = Math.max(max - min, DAY);
  const xOf = (time) => left + ((time - min) / span) * (width - left - right);
  const types = TYPES.filter((t) => dated.some((s) => s.type === t));
  const rowHeight = (height - 30) / Math.max(types.length, 1);
  types.forEach((type, i) => {
    const label = svgEl("text", { x: 4, y: 20 + i * rowHeight + rowHeight / 2, "font-size": 10 }); label.textContent = type; svg.append(label);
  });
  for (const story of dated) {
    const [first, last] = days(story);
    const y = 20 + types.indexOf(story.type) * rowHeight + rowHeight / 2, color = COLORS[story.type] || "#888";
    const vague = last > first;  // dated to a week, a month or a year: drawn over those days, not on one of them
    if (vague) {
      svg.append(svgEl("rect", { x: xOf(first), y: y - 3, width: Math.max(xOf(last + DAY) - xOf(first), 2), height: 6, rx: 3,
        fill: color, class: "story-span", "data-story": story.story }));
    }
    const x = vague ? (xOf(first) + xOf(last + DAY)) / 2 : xOf(first);
    const circle = svgEl("circle", { cx: x, cy: y, r: 4 + Math.min(story.articles, 10), fill: color, stroke: vague ? color : "none", class: vague ? "story vague" : "story",
      "data-story": story.story });
    const title = svgEl("title");
    title.textContent = `${story.date}${vague ? ` (some day from ${story.span[0]} to ${story.span[1]})` : ""} · ${storyLabel(story)}`;
    circle.append(title);
    circle.addEventListener("click", () => openStory(story.story));
    svg.append(circle);
  }
  monthTicks(svg, min, span, left, width - left - right, height);
}

function renderUndated(undated) {
  const box = document.getElementById("undated");
  const list = document.getElementById("undated-list");
  list.replaceChildren();
  box.hidden = !undated.length;
  document.getElementById("undated-count").textContent = String(undated.length);
  for (const story of undated) {
    const item = el("li", storyLabel(story), { "data-story": story.story, tabindex: 0 });
    item.addEventListener("click", () => openStory(story.story));
    list.append(item);
  }
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

function sectorGroup(sector) {
  return SECTOR_GROUPS.find((group) => group.sectors.includes(sector ?? null)) || SECTOR_GROUPS[SECTOR_GROUPS.length - 1];
}

function quadOf(types) {
  // the quad class with the most events on this edge
  let best = QUADS[0], most = -1;
  for (const quad of QUADS) {
    const n = quad.types.reduce((sum, type) => sum + (types[type] || 0), 0);
    if (n > most) { best = quad; most = n; }
  }
  return best;
}

function arrowMarkers(svg) {
  // one arrowhead per edge colour (a marker cannot take the colour of the line that uses it everywhere)
  const defs = svgEl("defs");
  QUADS.forEach((quad, i) => {
    const marker = svgEl("marker", { id: `arrow-${i}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
      markerUnits: "userSpaceOnUse", orient: "auto" });
    marker.append(svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: quad.color }));
    defs.append(marker);
  });
  svg.append(defs);
}

function renderNetwork(network) {
  const svg = document.getElementById("network");
  svg.replaceChildren();
  arrowMarkers(svg);
  const width = svg.clientWidth || 600, height = svg.clientHeight || 260;
  // the most active actors, as many as the ring can label legibly
  const nodes = [...network.nodes].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, MAX_NODES);
  document.getElementById("network-count").textContent = network.nodes.length > nodes.length
    ? `(the ${nodes.length} with most events of ${network.nodes.length} actors; click one to filter)` : "(click an actor to filter)";
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  // an ellipse over the whole box, leaving room for the labels on either side
  const fullLabel = (node) => (node.country ? `${node.id} (${node.country})` : node.id);
  const labelOf = (node) => (fullLabel(node).length > 28 ? fullLabel(node).slice(0, 27) + "…" : fullLabel(node));
  const longest = Math.max(0, ...nodes.map((node) => labelOf(node).length));
  const rx = Math.max(width / 2 - Math.min(24 + longest * 5.5, width / 3), 40), ry = height / 2 - 24;  // ~5.5 px a character at 10 px
  const { position, onLeft } = ringLayout(nodes.length, width / 2, height / 2, rx, ry);
  const radius = (node) => 5 + Math.min(node.events, 10);
  const pairs = new Set(network.edges.map((edge) => `${edge.source}\u0000${edge.target}`));
  for (const edge of network.edges) {
    if (!index.has(edge.source) || !index.has(edge.target) || edge.source === edge.target) continue;
    const quad = quadOf(edge.types);
    const directed = Object.keys(edge.types).some((type) => !SYMMETRIC.has(type));
    // A→B and B→A both drawn: each bends to its own side, so that neither hides the other
    const bend = pairs.has(`${edge.target}\u0000${edge.source}`) ? 0.12 : 0;
    const path = svgEl("path", { d: edgePath(position[index.get(edge.source)], position[index.get(edge.target)],
      radius(nodes[index.get(edge.target)]) + 2, bend), class: "edge", stroke: quad.color, "stroke-width": Math.min(1 + edge.weight, 6),
      fill: "none", "data-source": edge.source, "data-target": edge.target });
    if (directed) path.setAttribute("marker-end", `url(#arrow-${QUADS.indexOf(quad)})`);
    const title = svgEl("title");
    title.textContent = `${edge.source} ${directed ? "→" : "↔"} ${edge.target}: ` +
      Object.entries(edge.types).map(([t, n]) => `${t} ${n}`).join(", ");
    path.append(title);
    svg.append(path);
  }
  nodes.forEach((node, i) => {
    const [x, y] = position[i];
    const group = svgEl("g", { class: "node", "data-actor": node.id, tabindex: 0 });
    const kind = sectorGroup(node.sector);
    group.append(svgEl("circle", { cx: x, cy: y, r: radius(node), fill: kind.color, "data-sector": node.sector || "" }));
    const left = onLeft[i];  // labels point away from the centre
    const gap = 3 + radius(node);
    const label = svgEl("text", { x: left ? x - gap : x + gap, y: y + 3, "text-anchor": left ? "end" : "start" });
    label.textContent = labelOf(node);
    const name = svgEl("title");
    name.textContent = `${fullLabel(node)}, ${node.sector || "sector unknown"} (${kind.name}): ${node.events} event(s)`;
    group.append(name);
    group.append(label);
    group.addEventListener("click", () => { document.getElementById("f-actor").value = node.id; refresh(); });
    svg.append(group);
  });
  renderLegend(nodes, network.edges.filter((edge) => index.has(edge.source) && index.has(edge.target)));
}

function ringLayout(n, cx, cy, rx, ry) {
  // Nodes on the ellipse's right and left arcs at equal heights (clockwise from the top), not at
  // equal angles: the labels, which run sideways, then never pile up at the top and bottom.
  const right = Math.ceil(n / 2), left = n - right, position = [], onLeft = [];
  const place = (k, count, side) => {
    const dy = ((k + 0.5) / count) * 2 - 1;  // -1 at the top, 1 at the bottom
    position.push([cx + side * rx * Math.sqrt(1 - dy * dy), cy + ry * dy]);
    onLeft.push(side < 0);
  };
  for (let k = 0; k < right; k++) place(k, right, 1);
  for (let k = left - 1; k >= 0; k--) place(k, left, -1);
  return { position, onLeft };
}

function edgePath([x1, y1], [x2, y2], stop, bend) {
  // a straight or slightly bent line from the source that ends at the target's rim (where the arrow tip goes)
  const cx = (x1 + x2) / 2 + bend * (y2 - y1), cy = (y1 + y2) / 2 - bend * (x2 - x1);
  const dx = x2 - cx, dy = y2 - cy, length = Math.hypot(dx, dy) || 1;
  const ex = x2 - (dx / length) * stop, ey = y2 - (dy / length) * stop;
  return `M ${x1} ${y1} Q ${cx} ${cy} ${ex} ${ey}`;
}

function swatch(draw) {
  const svg = svgEl("svg", { width: 22, height: 12, class: "swatch", "aria-hidden": "true" });
  svg.append(draw);
  return svg;
}

function renderLegend(nodes, edges) {
  // what the colours, sizes and arrows mean: only the kinds this network shows
  const legend = document.getElementById("network-legend");
  legend.replaceChildren();
  const kinds = SECTOR_GROUPS.filter((group) => nodes.some((node) => sectorGroup(node.sector) === group));
  const quads = QUADS.filter((quad) => edges.some((edge) => quadOf(edge.types) === quad));
  const actors = el("ul", null, { class: "legend-nodes" });
  actors.append(el("li", "Actors (circle size: events):", { class: "legend-head" }));
  for (const kind of kinds) {
    const item = el("li", null, { "data-kind": kind.name });
    item.append(swatch(svgEl("circle", { cx: 11, cy: 6, r: 5, fill: kind.color })), document.createTextNode(kind.name));
    actors.append(item);
  }
  const links = el("ul", null, { class: "legend-edges" });
  links.append(el("li", "Events, actor → recipient (width: how many; colour: most of them):", { class: "legend-head" }));
  for (const quad of quads) {
    const item = el("li", null, { "data-quad": quad.name });
    item.append(swatch(svgEl("line", { x1: 1, y1: 6, x2: 21, y2: 6, stroke: quad.color, "stroke-width": 3 })),
      document.createTextNode(`${quad.name} (${quad.types.join(", ")})`));
    links.append(item);
  }
  links.append(el("li", "no arrow: meetings and cooperation, which have no direction", { class: "legend-note" }));
  legend.append(actors, links);
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
  document.getElementById("more").addEventListener("click", () => showMore().catch((error) => {
    document.getElementById("count").textContent = `(could not load more: ${error.message})`;
  }));
  document.getElementById("new-rows").addEventListener("click", () => refresh());
  refresh().catch((error) => { document.getElementById("stats").textContent = `Could not load events: ${error.message}`; });
  setTimeout(watchStore, WATCH_MS);
});
