// The evidence of one event: the sentence with its marks and everything that says why it was coded.
import { el, fill, safeLink } from './dom.js';
import { highlightedSentence, highlightLegend } from './highlight.js';
import { actorLabel, goldsteinBadge, modalityBadges, quadChip } from './widgets.js';

function actorFact(actor) {
  if (!actor) return 'none named';
  const bits = [actorLabel(actor), ' ', actor.name || ''];
  const extra = [actor.type, actor.country && actor.country !== actor.code ? `country ${actor.country}` : null].filter(Boolean);
  if (extra.length) bits.push(el('span', { class: 'sub' }, ` · ${extra.join(' · ')}`));
  bits.push(el('span', { class: 'sub' }, actor.text ? ` — “${actor.text}”` : ' — implied, not named in the sentence'));
  return bits;
}

function fact(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

function modality(event) {
  const badges = modalityBadges(event);
  if (badges.length === 0) return 'asserted deed (not negated, not hypothetical)';
  return badges.flatMap((b) => [b, ' ']);
}

function article(event) {
  if (!event.title && !event.url && !event.publisher) return [`document ${event.doc_id}, sentence ${event.sentence_index + 1}`];
  const title = event.title || event.doc_id;
  const out = [event.url ? safeLink(event.url, title) : title];
  const extra = [event.publisher, `document ${event.doc_id}`, `sentence ${event.sentence_index + 1}`].filter(Boolean);
  out.push(el('span', { class: 'sub' }, ` · ${extra.join(' · ')}`));
  return out;
}

/** Renders event into container (replacing what it held). */
export function renderEvidence(container, event) {
  const rule = (event.evidence && event.evidence.rule) || null;
  const plover = event.plover ? [event.plover.event, event.plover.mode].filter(Boolean).join(' / ') : 'not coded in PLOVER';
  fill(container, el('div', { class: 'evidence', 'data-testid': 'evidence', 'data-event-id': event.event_id },
    el('div', { class: 'event-meta' }, el('b', {}, event.date), quadChip(event.quad_class), highlightLegend()),
    highlightedSentence(event),
    el('dl', { class: 'facts' },
      fact('Event', el('code', { 'data-testid': 'evidence-cameo' }, event.cameo), ' ', event.cameo_name || '',
        el('span', { class: 'sub' }, ` · root ${event.root}, base ${event.base}`)),
      fact('Goldstein', goldsteinBadge(event.goldstein)),
      fact('PLOVER', plover),
      fact('Source', ...actorFact(event.source)),
      fact('Target', ...[actorFact(event.target)].flat()),
      fact('Trigger', event.evidence && event.evidence.trigger ? `“${event.evidence.trigger.text}”` : '–'),
      fact('Modality', modality(event)),
      fact('Reported by', event.reported_by ? (event.reported_by.code || event.reported_by.name || JSON.stringify(event.reported_by)) : '–'),
      fact('Rule', rule
        ? [el('code', { class: 'rule-pattern' }, rule.pattern), ' ', el('span', { class: 'sub', 'data-testid': 'evidence-rule-location' }, `${rule.file}:${rule.line}`)]
        : 'no rule recorded'),
      fact('Article', ...article(event)),
      fact('Event id', el('code', {}, event.event_id)))));
}
