// Dyad explorer: a dyad's timeline by quad class with the mean Goldstein line; a click on a period
// lists its events, a click on an event shows its evidence. The view lives in the URL
// (dyad.html?source=USA&target=IRN&either=true&by=month).
import './layout.js';
import { getJson } from './api.js';
import { el, emptyBox, errorBox, fill, fmtInt, loadingBox, pageParams, setPageParams } from './dom.js';
import { createChart, draw, drawEmpty, markLoading, onPeriodClick, quadBarsOption } from './charts.js';
import { fillGaps, periodEnd, periodName } from './periods.js';
import { attachSuggestions, resolveActor } from './suggest.js';
import { highlightedSentence } from './highlight.js';
import { renderEvidence } from './evidence.js';
import { cameoLabel, dyadLabel, goldsteinBadge, modalityBadges, quadChip } from './widgets.js';

const form = document.getElementById('dyad-form');
// By id, not targetInput: a form's own "target" property would hide the input of that name.
const [sourceInput, targetInput, eitherInput, byInput, fromInput, toInput] =
  ['source', 'target', 'either', 'by', 'from', 'to'].map((id) => document.getElementById(id));
const chartBox = document.getElementById('chart-dyad');
const chart = createChart(chartBox);
const listBox = document.getElementById('period-events');
const evidenceBox = document.getElementById('evidence');
const pageError = document.getElementById('page-error');
let view = null; // {source, target, either, by, from, to, points}

attachSuggestions(sourceInput, document.getElementById('source-options'));
attachSuggestions(targetInput, document.getElementById('target-options'));

function dyadFilters(v) {
  return { source: v.source, target: v.target, either: v.either ? 'true' : '', from: v.from, to: v.to };
}

async function show(v) {
  pageError.replaceChildren();
  setPageParams({ source: v.source, target: v.target, either: v.either ? 'true' : '', by: v.by === 'year' ? '' : v.by, from: v.from, to: v.to });
  document.getElementById('dyad-title').textContent = `${v.source} ${v.either ? '⇄' : '→'} ${v.target}`;
  fill(listBox, el('div', { class: 'empty' }, 'Click a period in the chart to list its events.'));
  fill(evidenceBox, el('div', { class: 'empty' }, 'Click an event to see its evidence.'));
  document.getElementById('period-title').textContent = 'Events';
  document.getElementById('period-sub').textContent = '';
  markLoading(chartBox);
  try {
    const series = await getJson('series', { by: v.by, ...dyadFilters(v) });
    const points = fillGaps(series.points || [], v.by);
    view = { ...v, points };
    const total = points.reduce((s, p) => s + p.total, 0);
    if (total === 0) {
      drawEmpty(chart, chartBox, `No events for this dyad yet.${v.either ? '' : ' Try “Either direction”.'}`);
      return;
    }
    const withEvents = points.filter((p) => p.total > 0).length;
    draw(chart, chartBox, quadBarsOption(points, { goldstein: true }), { points: withEvents, periods: points.length, total });
  } catch (e) {
    drawEmpty(chart, chartBox, 'The timeline could not be loaded.');
    pageError.append(errorBox(e));
  }
}

function eventItem(event, onSelect) {
  return el('li', { 'data-testid': 'event-item', 'data-event-id': event.event_id, tabindex: '0', role: 'option',
    on: { click: onSelect, keydown: (e) => { if (e.key === 'Enter') onSelect(); } } },
  el('div', { class: 'event-meta' }, el('b', {}, event.date), dyadLabel(event), quadChip(event.quad_class),
    goldsteinBadge(event.goldstein), ...modalityBadges(event)),
  el('div', { class: 'sub' }, cameoLabel(event)),
  highlightedSentence(event));
}

async function listPeriod(index) {
  const p = view && view.points[index];
  if (!p) return;
  const from = p.start;
  const to = periodEnd(p.start, view.by);
  document.getElementById('period-title').textContent = `Events in ${periodName(p, view.by)}`;
  fill(listBox, loadingBox());
  try {
    const page = await getJson('events', { ...dyadFilters(view), from, to, limit: 200 });
    document.getElementById('period-sub').textContent =
      page.total > page.events.length ? `showing ${page.events.length} of ${fmtInt(page.total)}` : `${fmtInt(page.total)} events`;
    if (!page.events.length) {
      fill(listBox, emptyBox('No events for this dyad in this period.'));
      return;
    }
    const list = el('ul', { class: 'event-list', role: 'listbox', 'data-testid': 'event-list' });
    for (const event of page.events) {
      const item = eventItem(event, () => {
        list.querySelectorAll('li').forEach((li) => li.setAttribute('aria-selected', 'false'));
        item.setAttribute('aria-selected', 'true');
        renderEvidence(evidenceBox, event);
      });
      list.append(item);
    }
    fill(listBox, list);
  } catch (e) {
    fill(listBox, errorBox(e));
  }
}

onPeriodClick(chart, listPeriod);

document.getElementById('swap').addEventListener('click', () => {
  [sourceInput.value, targetInput.value] = [targetInput.value, sourceInput.value];
});

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const [source, target] = await Promise.all([resolveActor(sourceInput.value), resolveActor(targetInput.value)]);
    sourceInput.value = source;
    targetInput.value = target;
    show({ source, target, either: eitherInput.checked, by: byInput.value, from: fromInput.value, to: toInput.value });
  } catch (err) {
    pageError.replaceChildren(errorBox(err));
  }
});

const start = pageParams();
if (['week', 'month', 'year'].includes(start.by)) byInput.value = start.by;
eitherInput.checked = start.either === 'true';
fromInput.value = start.from || '';
toInput.value = start.to || '';
if (start.source && start.target) {
  sourceInput.value = start.source;
  targetInput.value = start.target;
  show({ source: start.source, target: start.target, either: eitherInput.checked, by: byInput.value, from: fromInput.value, to: toInput.value });
} else {
  drawEmpty(chart, chartBox, 'Pick a source and a target above, then press Show.');
}
