// Event table: filters (kept in the URL), pagination, each sentence with source, target and trigger
// highlighted, and the evidence of a row in a dialog.
import './layout.js';
import { getJson } from './api.js';
import { el, emptyBox, errorBox, fill, fmtInt, loadingBox, pageParams, setPageParams } from './dom.js';
import { highlightedSentence } from './highlight.js';
import { renderEvidence } from './evidence.js';
import { cameoLabel, dyadLabel, goldsteinBadge, modalityBadges, quadChip } from './widgets.js';

const FILTERS = ['actor', 'source', 'target', 'root', 'cameo', 'quad', 'from', 'to', 'asserted'];
const form = document.getElementById('event-filters');
const input = (name) => document.getElementById(`f-${name}`);
const tableBox = document.getElementById('table-box');
const pageSize = document.getElementById('page-size');
const dialog = document.getElementById('evidence-dialog');
let offset = 0;

function filters() {
  const f = {};
  for (const name of FILTERS) {
    const field = input(name);
    if (field.type === 'checkbox') f[name] = field.checked ? 'true' : '';
    else if (['actor', 'source', 'target'].includes(name)) f[name] = field.value.trim().toUpperCase();
    else f[name] = field.value.trim();
  }
  return f;
}

function restore(p) {
  for (const name of FILTERS) {
    const field = input(name);
    if (field.type === 'checkbox') field.checked = p[name] === 'true';
    else field.value = p[name] || '';
  }
  if (['10', '25', '50', '100'].includes(p.limit)) pageSize.value = p.limit;
  offset = Math.max(0, Number.parseInt(p.offset, 10) || 0);
}

function row(event) {
  const open = () => {
    renderEvidence(document.getElementById('evidence'), event);
    dialog.showModal();
  };
  return el('tr', { class: 'clickable', 'data-testid': 'event-row', 'data-event-id': event.event_id, tabindex: '0',
    on: { click: open, keydown: (e) => { if (e.key === 'Enter') open(); } } },
  el('td', { class: 'nowrap' }, event.date),
  el('td', {}, dyadLabel(event)),
  el('td', {}, quadChip(event.quad_class), el('div', { class: 'sub' }, cameoLabel(event)), ...modalityBadges(event)),
  el('td', { class: 'num' }, goldsteinBadge(event.goldstein)),
  el('td', {}, highlightedSentence(event)));
}

async function load() {
  const f = filters();
  const limit = Number(pageSize.value);
  setPageParams({ ...f, offset: offset || '', limit: limit === 25 ? '' : limit });
  document.getElementById('page-error').replaceChildren();
  fill(tableBox, loadingBox());
  try {
    const page = await getJson('events', { ...f, limit, offset });
    const first = page.total === 0 ? 0 : page.offset + 1;
    const last = page.offset + page.events.length;
    const summary = document.getElementById('summary');
    summary.textContent = page.total === 0 ? 'No events' : `Showing ${fmtInt(first)}–${fmtInt(last)} of ${fmtInt(page.total)} events`;
    summary.dataset.total = String(page.total);
    const pages = Math.max(1, Math.ceil(page.total / limit));
    document.getElementById('page-info').textContent = `Page ${Math.floor(page.offset / limit) + 1} of ${pages}`;
    document.getElementById('prev').disabled = page.offset === 0;
    document.getElementById('next').disabled = last >= page.total;
    if (!page.events.length) {
      fill(tableBox, emptyBox(page.total === 0 ? 'No events match these filters. Clear some filters to see more.' : 'No events on this page.'));
      return;
    }
    fill(tableBox, el('table', { class: 'data', id: 'events-table', 'data-testid': 'events-table', 'data-rows': page.events.length, 'data-offset': page.offset },
      el('colgroup', {}, el('col', { style: 'width:96px' }), el('col', { style: 'width:150px' }), el('col', { style: 'width:250px' }),
        el('col', { style: 'width:80px' }), el('col')),
      el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Source → target'), el('th', {}, 'Event'),
        el('th', { class: 'num' }, 'Goldstein'), el('th', {}, 'Sentence'))),
      el('tbody', {}, page.events.map(row))));
  } catch (e) {
    fill(tableBox, errorBox(e, 'The events could not be loaded'));
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (!form.reportValidity()) return;
  offset = 0;
  load();
});
document.getElementById('reset').addEventListener('click', () => {
  restore({});
  load();
});
document.getElementById('prev').addEventListener('click', () => {
  offset = Math.max(0, offset - Number(pageSize.value));
  load();
});
document.getElementById('next').addEventListener('click', () => {
  offset += Number(pageSize.value);
  load();
});
pageSize.addEventListener('change', () => {
  offset = 0;
  load();
});
document.getElementById('close-evidence').addEventListener('click', () => dialog.close());
dialog.addEventListener('click', (e) => {
  if (e.target === dialog) dialog.close(); // a click on the backdrop
});

restore(pageParams());
load();
