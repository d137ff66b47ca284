// Overview page: events over time by quad class, top dyads by change, top actors.
import './layout.js';
import { getJson } from './api.js';
import { el, emptyBox, errorBox, fill, fmtInt, fmtSigned, loadingBox, pageParams, setPageParams } from './dom.js';
import { createChart, draw, drawEmpty, markLoading, onPeriodClick, quadBarsOption } from './charts.js';
import { actorType } from './colours.js';
import { fillGaps, periodEnd, periodNoun } from './periods.js';
import { goldsteinBadge } from './widgets.js';

const form = document.getElementById('filters');
const chartBox = document.getElementById('chart-overview');
const chart = createChart(chartBox);
let shown = { by: 'year', points: [] };

function filters() {
  return {
    by: form.by.value,
    from: form.from.value,
    to: form.to.value,
    asserted: form.asserted.checked ? 'true' : '',
  };
}

function restore() {
  const p = pageParams();
  if (['week', 'month', 'year'].includes(p.by)) form.by.value = p.by;
  form.from.value = p.from || '';
  form.to.value = p.to || '';
  form.asserted.checked = p.asserted === 'true';
}

function eventFilters(f) {
  return { from: f.from, to: f.to, asserted: f.asserted };
}

async function loadSeries(f) {
  markLoading(chartBox);
  try {
    const series = await getJson('series', { by: f.by, ...eventFilters(f) });
    const points = fillGaps(series.points || [], f.by);
    shown = { by: f.by, points };
    const withEvents = points.filter((p) => p.total > 0).length;
    const total = points.reduce((s, p) => s + p.total, 0);
    const gsum = points.reduce((s, p) => s + (p.goldstein_sum || 0), 0);
    fill(document.getElementById('kpis'),
      el('span', { class: 'kpi' }, el('b', { 'data-testid': 'kpi-events' }, fmtInt(total)), 'events'),
      el('span', { class: 'kpi' }, el('b', {}, fmtInt(withEvents)), `${periodNoun(f.by)} with events`),
      el('span', { class: 'kpi' }, el('b', {}, total ? fmtSigned(gsum / total) : '–'), 'mean Goldstein'));
    if (total === 0) {
      drawEmpty(chart, chartBox, 'No events in this range. Widen the dates or clear the filters.');
      return;
    }
    draw(chart, chartBox, quadBarsOption(points), { points: withEvents, periods: points.length, total });
  } catch (e) {
    drawEmpty(chart, chartBox, 'The series could not be loaded.');
    document.getElementById('page-error').append(errorBox(e, 'Events over time'));
  }
}

async function loadDyads(f) {
  const box = document.getElementById('top-dyads');
  fill(box, loadingBox());
  document.getElementById('dyads-sub').textContent =
    `Change in events between the last two ${periodNoun(f.by)} with events. Click a dyad to explore it.`;
  try {
    const { dyads, previous, latest } = await getJson('dyads/top', { by: f.by, limit: 8, ...eventFilters(f) });
    if (previous && latest) {
      document.getElementById('dyads-sub').textContent = `Change in events from ${previous} to ${latest}, the last two ${periodNoun(f.by)}. `
        + 'Click a dyad to explore it.';
    }
    if (!dyads.length) {
      fill(box, emptyBox('No dyads yet: no event in this range has both a source and a target.'));
      return;
    }
    const rows = dyads.map((d) => {
      const href = `dyad.html?source=${encodeURIComponent(d.source)}&target=${encodeURIComponent(d.target)}&by=${f.by}`;
      return el('tr', { class: 'clickable', 'data-testid': 'dyad-row', on: { click: () => { window.location.href = href; } } },
        el('td', {}, el('a', { href, title: `${d.source_name} → ${d.target_name}` }, `${d.source} → ${d.target}`),
          el('div', { class: 'sub' }, `${d.source_name} → ${d.target_name}`)),
        el('td', { class: 'num' }, fmtInt(d.previous)),
        el('td', { class: 'num' }, fmtInt(d.latest)),
        el('td', { class: `num ${d.change > 0 ? 'up' : d.change < 0 ? 'down' : ''}` }, d.change > 0 ? `▲ ${d.change}` : d.change < 0 ? `▼ ${-d.change}` : '0'),
        el('td', { class: 'num' }, fmtInt(d.events)),
        el('td', { class: 'num' }, goldsteinBadge(d.goldstein_mean)));
    });
    fill(box, el('table', { class: 'data' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Dyad'), el('th', { class: 'num' }, 'Previous'), el('th', { class: 'num' }, 'Latest'),
        el('th', { class: 'num' }, 'Change'), el('th', { class: 'num' }, 'All'), el('th', { class: 'num' }, 'Goldstein'))),
      el('tbody', {}, rows)));
  } catch (e) {
    fill(box, errorBox(e, 'Top dyads'));
  }
}

async function loadActors(f) {
  const box = document.getElementById('top-actors');
  fill(box, loadingBox());
  try {
    const { nodes } = await getJson('network', { limit: 500, ...eventFilters(f) });
    const top = [...nodes].sort((a, b) => b.events - a.events).slice(0, 8);
    if (!top.length) {
      fill(box, emptyBox('No actors yet: no event in this range has both a source and a target.'));
      return;
    }
    const max = top[0].events;
    fill(box, el('ol', { class: 'ranked' }, top.map((n) => {
      const type = actorType(n.type);
      const href = `events.html?actor=${encodeURIComponent(n.code)}`;
      return el('li', { 'data-testid': 'actor-row', on: { click: () => { window.location.href = href; } } },
        el('span', { class: 'name' }, el('a', { href }, n.code), ` ${n.name} `, el('span', { class: 'badge' }, type.label)),
        el('span', { class: 'count' }, fmtInt(n.events)),
        el('span', { class: 'track' }, el('span', { class: 'fill', style: `display:block;width:${(100 * n.events) / max}%;background:${type.colour}` })));
    })));
  } catch (e) {
    fill(box, errorBox(e, 'Top actors'));
  }
}

function load() {
  const f = filters();
  setPageParams(f.by === 'year' ? { ...f, by: '' } : f);
  document.getElementById('page-error').replaceChildren();
  loadSeries(f);
  loadDyads(f);
  loadActors(f);
}

onPeriodClick(chart, (i) => {
  const p = shown.points[i];
  if (!p) return;
  const f = filters();
  const q = new URLSearchParams({ from: p.start, to: periodEnd(p.start, shown.by) });
  if (f.asserted) q.set('asserted', 'true');
  window.location.href = `events.html?${q}`;
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});
form.by.addEventListener('change', load);
restore();
load();
