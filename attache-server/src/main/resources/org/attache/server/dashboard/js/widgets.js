// Small pieces shown wherever an event appears: actors, the quad chip, the Goldstein badge.
import { el } from './dom.js';
import { goldsteinColour, quadName } from './colours.js';

export function actorLabel(actor) {
  if (!actor) return el('span', { class: 'badge', title: 'the event has no target' }, 'no target');
  return el('span', { class: 'actor-code', title: `${actor.name || actor.code}${actor.type ? ` (${actor.type})` : ''}` }, actor.code);
}

export function dyadLabel(event) {
  return el('span', { class: 'nowrap' }, actorLabel(event.source), el('span', { class: 'arrow' }, '→'), actorLabel(event.target));
}

export function quadChip(quad) {
  return el('span', { class: `chip q${quad}`, title: `quad class ${quad}` }, quadName(quad));
}

export function goldsteinBadge(g) {
  const value = g === null || g === undefined ? '–' : (g > 0 ? `+${Number(g).toFixed(1)}` : Number(g).toFixed(1));
  return el('span', { class: 'gold', style: `background:${goldsteinColour(g)}`, title: 'Goldstein score, −10 conflict … +10 cooperation' }, value);
}

export function cameoLabel(event) {
  return el('span', {}, el('code', {}, event.cameo), ' ', event.cameo_name || '');
}

/** Badges for what makes an event less than a plain asserted deed. */
export function modalityBadges(event) {
  const out = [];
  if (event.negated) out.push(el('span', { class: 'badge warn' }, 'negated'));
  if (event.hypothetical) out.push(el('span', { class: 'badge warn' }, 'hypothetical'));
  if (event.mode && event.mode !== 'deed') out.push(el('span', { class: 'badge' }, event.mode));
  return out;
}
