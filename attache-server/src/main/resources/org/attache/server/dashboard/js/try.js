// "Try a sentence": POST /api/code, then per sentence the events (highlighted), the actors found and
// the coder's decisions, as `attache explain` prints them.
import './layout.js';
import { postJson } from './api.js';
import { el, emptyBox, errorBox, fill, loadingBox } from './dom.js';
import { highlightedSentence } from './highlight.js';
import { renderEvidence } from './evidence.js';
import { cameoLabel, dyadLabel, goldsteinBadge, modalityBadges, quadChip } from './widgets.js';

const EXAMPLES = [
  ['Meeting', 'The French foreign minister met his German counterpart in Berlin on Tuesday.', '2023-03-14'],
  ['Sanctions', 'The European Union imposed new sanctions on Russia over the war in Ukraine.', '2022-04-08'],
  ['Negated', 'China did not criticise Pakistan for the missile test.', '2021-06-01'],
];

const form = document.getElementById('try-form');
const text = document.getElementById('try-text');
const date = document.getElementById('try-date');
const button = document.getElementById('try-code');
const status = document.getElementById('try-status');
const results = document.getElementById('try-results');

function eventItem(event, evidenceBox, list) {
  const item = el('li', { 'data-testid': 'try-event', 'data-event-id': event.event_id, tabindex: '0', role: 'option' },
    el('div', { class: 'event-meta' }, dyadLabel(event), quadChip(event.quad_class), goldsteinBadge(event.goldstein),
      el('span', { class: 'sub' }, cameoLabel(event)), ...modalityBadges(event)),
    highlightedSentence(event));
  const select = () => {
    list.querySelectorAll('li').forEach((li) => li.setAttribute('aria-selected', 'false'));
    item.setAttribute('aria-selected', 'true');
    renderEvidence(evidenceBox, event);
  };
  item.addEventListener('click', select);
  item.addEventListener('keydown', (e) => { if (e.key === 'Enter') select(); });
  return item;
}

function actorsTable(actors) {
  if (!actors.length) return emptyBox('No actor found in this sentence.');
  return el('table', { class: 'data', 'data-testid': 'try-actors' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Words'), el('th', {}, 'Actor'), el('th', {}, 'Type'), el('th', {}, 'From the dictionary'))),
    el('tbody', {}, actors.map((a) => el('tr', {},
      el('td', {}, `“${a.text}”`),
      el('td', {}, el('b', {}, a.code), ` ${a.name || ''}`),
      el('td', {}, a.type || '–'),
      el('td', { class: 'mono' }, a.source || '–')))));
}

function decisionLine(d) {
  if (d.event) {
    const e = d.event;
    const rule = e.evidence && e.evidence.rule;
    return el('li', { 'data-testid': 'try-decision' },
      el('span', { class: 'verb' }, d.verb),
      el('span', { class: 'decision-event' }, 'EVENT ', `${e.source ? e.source.code : '?'} → ${e.target ? e.target.code : '(no target)'} `,
        el('code', {}, e.cameo), ` ${e.cameo_name || ''} (quad ${e.quad_class}, Goldstein ${e.goldstein}) [${e.mode || 'deed'}]`,
        rule ? el('span', { class: 'sub' }, ` by pattern ‘${rule.pattern}’ at ${rule.file}:${rule.line}`) : ''));
  }
  return el('li', { 'data-testid': 'try-decision' }, el('span', { class: 'verb' }, d.verb), el('span', { class: 'decision-note' }, d.note || 'no event'));
}

function tokensTable(tokens) {
  return el('details', {}, el('summary', { class: 'sub' }, 'Parse (words, lemmas, tags and dependencies)'),
    el('table', { class: 'data mono' },
      el('thead', {}, el('tr', {}, ['#', 'Word', 'Lemma', 'Tag', 'Relation', 'Head'].map((h) => el('th', {}, h)))),
      el('tbody', {}, tokens.map((t) => el('tr', {}, el('td', {}, t.index), el('td', {}, t.word), el('td', {}, t.lemma),
        el('td', {}, t.tag), el('td', {}, t.relation ?? '–'), el('td', {}, t.head ?? '–'))))));
}

function sentenceCard(s) {
  const evidenceBox = el('div', { 'data-testid': 'try-evidence' });
  const events = s.events || [];
  const list = el('ul', { class: 'event-list', role: 'listbox' });
  events.forEach((e) => list.append(eventItem(e, evidenceBox, list)));
  return el('section', { class: 'card sentence-card', 'data-testid': 'try-sentence', 'data-events': events.length },
    el('div', { class: 'card-head' },
      el('h3', {}, `Sentence ${s.index + 1}`),
      el('span', { class: 'badge' }, s.parsed ? 'parsed' : 'not parsed: no dictionary verb with an actor'),
      el('span', { class: 'sub' }, `${events.length} ${events.length === 1 ? 'event' : 'events'}`)),
    el('p', { class: 'sentence' }, s.text),
    el('div', { class: 'section-label' }, 'Events'),
    events.length ? list : emptyBox('No event in this sentence: see the decisions below for why.'),
    evidenceBox,
    el('div', { class: 'grid-2' },
      el('div', {}, el('div', { class: 'section-label' }, 'Actors found'), actorsTable(s.actors || [])),
      el('div', {}, el('div', { class: 'section-label' }, 'Decisions'),
        (s.decisions || []).length ? el('ul', { class: 'decisions' }, s.decisions.map(decisionLine))
          : emptyBox('No dictionary verb in this sentence.'))),
    s.tokens && s.tokens.length ? tokensTable(s.tokens) : '');
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!form.reportValidity()) return;
  button.disabled = true;
  fill(status, loadingBox('Coding… (the first text after the server starts takes a few seconds while the models load)'));
  results.replaceChildren();
  try {
    const answer = await postJson('code', { text: text.value, date: date.value });
    const sentences = answer.sentences || [];
    const total = sentences.reduce((n, s) => n + (s.events || []).length, 0);
    fill(status, el('p', { class: 'summary', 'data-testid': 'try-summary', 'data-events': total },
      `${sentences.length} ${sentences.length === 1 ? 'sentence' : 'sentences'}, ${total} ${total === 1 ? 'event' : 'events'}.`));
    if (!sentences.length) results.append(emptyBox('No sentence found in this text.'));
    sentences.forEach((s) => results.append(sentenceCard(s)));
  } catch (err) {
    fill(status, errorBox(err, 'The text could not be coded'));
  } finally {
    button.disabled = false;
  }
});

const examples = form.querySelector('.examples');
for (const [label, sample, day] of EXAMPLES) {
  examples.append(el('button', { type: 'button', class: 'link', on: { click: () => { text.value = sample; date.value = day; text.focus(); } } }, label));
}
date.value = new Date().toISOString().slice(0, 10);
