// The HTML report's only style and script, inline: it must open with no network at all.
import { createHash } from 'node:crypto';
import { html, join } from './safe-html.ts';

/** Filters of the rule matrix. Constant text (no data inside), so its CSP hash is constant too. */
export const SCRIPT = `(function () {
  var table = document.getElementById('matrix');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  var state = { status: 'all', group: 'all', kind: 'all', text: '' };
  var count = document.getElementById('matrix-count');
  function apply() {
    var query = state.text.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var statuses = ' ' + (row.getAttribute('data-statuses') || '') + ' ';
      var ok = (state.status === 'all' || statuses.indexOf(' ' + state.status + ' ') >= 0) &&
        (state.group === 'all' || row.getAttribute('data-group') === state.group) &&
        (state.kind === 'all' || row.getAttribute('data-kind') === state.kind) &&
        (query === '' || (row.getAttribute('data-search') || '').indexOf(query) >= 0);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    if (count) count.textContent = shown + ' of ' + rows.length + ' rules shown';
    columns();
  }
  // A status filter also hides the scenario columns with no such verdict among the rows shown,
  // so that the matching columns (say, S26 and after) come into view instead of staying off-screen.
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th.scol'));
  function columns() {
    var keep = heads.map(function () { return state.status === 'all'; });
    rows.forEach(function (row) {
      if (row.hidden) return;
      Array.prototype.slice.call(row.querySelectorAll('td.v')).forEach(function (cell, i) {
        if (cell.getAttribute('data-status') === state.status) keep[i] = true;
      });
    });
    heads.forEach(function (th, i) { th.hidden = !keep[i]; });
    rows.forEach(function (row) {
      Array.prototype.slice.call(row.querySelectorAll('td.v')).forEach(function (cell, i) { cell.hidden = !keep[i]; });
    });
    var box = table.parentNode;
    if (box) box.scrollLeft = 0;
  }
  var buttons = Array.prototype.slice.call(document.querySelectorAll('[data-filter-status]'));
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      state.status = button.getAttribute('data-filter-status') || 'all';
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
      apply();
    });
  });
  function bind(id, key, event) {
    var input = document.getElementById(id);
    if (input) input.addEventListener(event, function () { state[key] = input.value; apply(); });
  }
  bind('filter-group', 'group', 'change');
  bind('filter-kind', 'kind', 'change');
  bind('filter-text', 'text', 'input');
  apply();
})();
(function () {
  // The trace views: one step shown at a time; ← → move the selection; a finding's link selects its step.
  var traces = Array.prototype.slice.call(document.querySelectorAll('.trace'));
  function select(trace, button, quiet) {
    var step = button.getAttribute('data-step');
    Array.prototype.slice.call(trace.querySelectorAll('.step-btn')).forEach(function (b) {
      b.setAttribute('aria-selected', String(b === button));
    });
    var shown = null;
    Array.prototype.slice.call(trace.querySelectorAll('.step-detail')).forEach(function (d) {
      d.hidden = d.getAttribute('data-step') !== step;
      if (!d.hidden) shown = d;
    });
    // Only a person's choice repaints the diagrams: the initial selection of every trace does not.
    if (!quiet) highlight(shown);
  }
  function highlight(detail) {
    Array.prototype.slice.call(document.querySelectorAll('figure.diagram g.active')).forEach(function (g) {
      g.classList.remove('active');
    });
    if (!detail) return;
    Array.prototype.slice.call(detail.querySelectorAll('.states li')).forEach(function (li) {
      var machine = li.getAttribute('data-machine');
      var leaves = (li.getAttribute('data-states') || '').split(' ');
      Array.prototype.slice.call(document.querySelectorAll('figure.diagram')).forEach(function (f) {
        if (f.getAttribute('data-machine') !== machine) return;
        Array.prototype.slice.call(f.querySelectorAll('g[data-state]')).forEach(function (g) {
          var id = g.getAttribute('data-state');
          var on = leaves.some(function (leaf) { return leaf === id || leaf.indexOf(id + '.') === 0; });
          if (on) g.classList.add('active');
        });
      });
    });
  }
  function move(trace, by) {
    var buttons = Array.prototype.slice.call(trace.querySelectorAll('.step-btn'));
    var at = buttons.findIndex(function (b) { return b.getAttribute('aria-selected') === 'true'; });
    var next = buttons[Math.max(0, Math.min(buttons.length - 1, at + by))];
    if (next) { select(trace, next); next.focus(); }
  }
  traces.forEach(function (trace) {
    var first = trace.querySelector('.step-btn.has-finding') || trace.querySelector('.step-btn');
    if (first) select(trace, first, true);
    trace.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('.step-btn') : null;
      if (button && trace.contains(button)) select(trace, button);
    });
    trace.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { move(trace, 1); e.preventDefault(); }
      if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { move(trace, -1); e.preventDefault(); }
    });
  });
  function follow() {
    var detail = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!detail || !detail.classList.contains('step-detail')) return;
    var trace = detail.closest('.trace');
    for (var open = detail.parentNode; open; open = open.parentNode) if (open.tagName === 'DETAILS') open.open = true;
    var step = detail.getAttribute('data-step');
    var button = Array.prototype.slice.call(trace.querySelectorAll('.step-btn')).filter(function (b) {
      return b.getAttribute('data-step') === step;
    })[0];
    if (button) { select(trace, button); button.focus(); detail.scrollIntoView({ block: 'nearest' }); }
  }
  window.addEventListener('hashchange', follow);
  follow();
})();`;

/**
 * No network at view time: nothing may load from anywhere; the inline style is allowed, and only
 * the script above runs (by hash), so even an injected handler could not execute.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The `<meta>` tags that open the head of every self-contained page (the report, the preview): the
 * charset, the CSP above, the viewport; one per line, at the depth both pages give their head.
 */
export const PAGE_META = join(
  [
    html`<meta charset="utf-8" />`,
    html`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1" />`,
  ],
  '\n        ',
);

export const STYLE = `
:root { --pass:#1a7f37; --pass-bg:#dafbe1; --viol:#cf222e; --viol-bg:#ffebe9; --nex:#9a6700; --nex-bg:#fff8c5;
  --na:#6e7781; --na-bg:#eaeef2; --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --accent:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f8fa; }
header.top { background: #24292f; color: #fff; padding: 18px 28px; }
header.top h1 { margin: 0 0 4px; font-size: 22px; display: flex; gap: 12px; align-items: center; }
header.top .meta, header.top .cmd { margin: 2px 0; color: #d0d7de; font-size: 13px; overflow-wrap: anywhere; }
nav { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 28px; display: flex; gap: 18px; }
nav a { color: var(--accent); text-decoration: none; font-weight: 600; }
main { padding: 8px 28px 40px; max-width: 1600px; }
section { margin-top: 22px; }
h2 { font-size: 18px; margin: 0 0 10px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 12px; font-weight: 700; letter-spacing: .04em; }
.badge.pass { background: var(--pass-bg); color: var(--pass); } .badge.fail { background: var(--viol-bg); color: var(--viol); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 170px; }
.card .n { font-size: 26px; font-weight: 700; } .card .l { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
.n.pass { color: var(--pass); } .n.violated { color: var(--viol); } .n.not-exercised { color: var(--nex); } .n.not-applicable { color: var(--na); }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center; margin-bottom: 10px; }
.filters button { border: 1px solid var(--line); background: #f6f8fa; border-radius: 6px; padding: 3px 10px; cursor: pointer; font: inherit; }
.filters button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.filters select, .filters input { font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 6px; }
#matrix-count { color: var(--muted); margin-left: auto; }
.scroll { overflow: auto; max-height: 75vh; }
table { border-collapse: collapse; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 3px 6px; white-space: nowrap; }
table.matrix thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 2; }
table.matrix td.rule { position: sticky; left: 0; background: #fff; font-weight: 600; }
table.matrix td.title { max-width: 360px; overflow: hidden; text-overflow: ellipsis; unicode-bidi: isolate; }
td.v { text-align: center; font-weight: 700; min-width: 34px; }
.v-pass { background: var(--pass-bg); color: var(--pass); } .v-violated { background: var(--viol-bg); color: var(--viol); }
.v-not-exercised { background: var(--nex-bg); color: var(--nex); } .v-not-applicable { background: var(--na-bg); color: var(--na); }
.v-none { background: #fff; color: #afb8c1; }
td.totals { color: var(--muted); font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin-top: 8px; color: var(--muted); font-size: 13px; }
.legend span, .txt { unicode-bidi: isolate; overflow-wrap: anywhere; }
.failure { border-left: 4px solid var(--viol); background: #fff; border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
.failure h3 { margin: 0 0 6px; }
table.findings { width: 100%; table-layout: fixed; }
table.findings th, table.findings td { border-top: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
.val { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 12em; overflow: auto; unicode-bidi: isolate; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
details.scenario { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; padding: 0 16px; }
details.scenario > summary { cursor: pointer; padding: 10px 0; font-weight: 600; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
ul.advice li, ul.expect li { margin: 3px 0; overflow-wrap: anywhere; }
.ok { color: var(--pass); font-weight: 700; } .ko { color: var(--viol); font-weight: 700; }
.muted { color: var(--muted); }
figure { margin: 0; }
svg { font-family: system-ui, sans-serif; }
svg text { font-size: 11px; fill: var(--ink); }
svg .edge { stroke: #57606a; fill: none; stroke-width: 1.2; }
svg .edge-label { fill: var(--muted); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.diagrams, .charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
svg g.st rect { fill: #fff; stroke: #57606a; } svg g.st-box > rect { fill: #f6f8fa; }
svg g.st-region > rect { fill: none; stroke-dasharray: 5 3; } svg .st-ring { fill: none; stroke: #1a7f37; }
svg g.st-box > .st-label { font-weight: 600; fill: var(--muted); } svg .st-initial { fill: #24292f; }
svg g.st.reached > rect { fill: #ddf4ff; stroke: var(--accent); } svg g.st-box.reached > rect { fill: #f1f8ff; }
svg g.st.active > rect { fill: #fff8c5; stroke: #bf8700; stroke-width: 2.5; } svg g.st-box.active > rect { fill: #fffdf2; stroke-width: 1.5; }
.trace-wrap > summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
.trace { display: grid; grid-template-columns: minmax(240px, 30%) 1fr; gap: 12px; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.trace ol.steps { list-style: none; margin: 0; padding: 0; max-height: 32em; overflow: auto; }
.step-btn { display: block; width: 100%; text-align: left; font: inherit; font-size: 12px; border: 0; border-left: 3px solid transparent; background: none; padding: 3px 6px; cursor: pointer; overflow-wrap: anywhere; }
.step-btn[aria-selected="true"] { background: #ddf4ff; border-left-color: var(--accent); }
.step-btn.refused { border-left-color: var(--nex); } .step-btn.invalid { border-left-color: var(--viol); }
.step-btn .num { font-weight: 700; display: inline-block; min-width: 2em; }
.step-pane { min-width: 0; } .step-pane h4 { margin: 0 0 4px; } .step-pane h5 { margin: 10px 0 4px; font-size: 13px; }
.badge.accepted { background: var(--pass-bg); color: var(--pass); } .badge.refused { background: var(--nex-bg); color: var(--nex); } .badge.invalid { background: var(--viol-bg); color: var(--viol); }
.pinned { border-left: 4px solid var(--viol); background: var(--viol-bg); padding: 6px 10px; border-radius: 4px; overflow-wrap: anywhere; }
.diff-box { max-height: 24em; overflow: auto; } table.diff { width: 100%; font-size: 12px; } table.diff td:nth-child(2) { min-width: 10em; } table.diff th, table.diff td { border-top: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: top; }
ul.fields { margin: 0; padding-left: 14px; } ul.fields s { color: var(--viol); } ul.fields ins { color: var(--pass); text-decoration: none; }
.chg-created { color: var(--pass); } .chg-removed { color: var(--viol); }
ul.states { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; padding: 0; font-size: 12px; }
a.step-link { display: inline-block; margin-top: 4px; font-size: 12px; }
ol.tl-list { font-size: 12px; max-height: 20em; overflow: auto; }
ol.tl-list li { overflow-wrap: anywhere; unicode-bidi: isolate; }
`;
