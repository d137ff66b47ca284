// The header shared by every page: brand, navigation (the current page marked) and what the store holds.
import { getJson } from './api.js';
import { el, fill, fmtInt } from './dom.js';

const PAGES = [
  { page: 'overview', href: 'index.html', label: 'Overview' },
  { page: 'dyad', href: 'dyad.html', label: 'Dyad explorer' },
  { page: 'network', href: 'network.html', label: 'Actor network' },
  { page: 'events', href: 'events.html', label: 'Events' },
  { page: 'try', href: 'try.html', label: 'Try a sentence' },
];

export function renderHeader() {
  const header = document.getElementById('site-header');
  const current = document.body.dataset.page;
  const status = el('div', { class: 'store-status', id: 'store-status', 'data-testid': 'store-status' });
  fill(header, el('div', { class: 'bar' },
    el('a', { class: 'brand', href: 'index.html' }, 'Attaché', el('small', {}, 'political events from the news')),
    el('nav', { class: 'site-nav', 'aria-label': 'Dashboard pages' },
      PAGES.map((p) => el('a', { href: p.href, 'data-testid': `nav-${p.page}`, 'aria-current': p.page === current ? 'page' : null }, p.label))),
    status));
  getJson('health')
    .then((h) => fill(status, `${fmtInt(h.events)} events from ${fmtInt(h.documents)} documents`))
    .catch((e) => fill(status, `store unavailable: ${e.message}`));
}

renderHeader();
