// A sentence with the event's source, target and trigger marked, built from the character spans.
import { el } from './dom.js';

const ROLES = ['trigger', 'source', 'target'];

/**
 * Spans are offsets in the document (or posted text), not in the sentence: finds the offset of the
 * sentence, the one shift under which every span's text reads the same in the sentence.
 */
export function sentenceOffset(sentence, parts) {
  const anchored = parts.filter((p) => p.span && p.text);
  if (anchored.length === 0) return null;
  const first = anchored[0];
  for (let i = sentence.indexOf(first.text); i >= 0; i = sentence.indexOf(first.text, i + 1)) {
    const shift = first.span[0] - i;
    if (anchored.every((p) => sentence.slice(p.span[0] - shift, p.span[1] - shift) === p.text)) return shift;
  }
  return null;
}

function parts(event) {
  const out = [];
  const trigger = event.evidence && event.evidence.trigger;
  if (trigger) out.push({ role: 'trigger', text: trigger.text, span: trigger.span, title: `trigger: ${trigger.text}` });
  for (const role of ['source', 'target']) {
    const a = event[role];
    if (a && a.span && a.text) out.push({ role, text: a.text, span: a.span, title: `${role}: ${a.code} (${a.name})` });
  }
  return out;
}

/** The marks to draw: sentence-relative [start, end) ranges that fit and do not overlap (the trigger wins). */
export function marks(sentence, event) {
  const all = parts(event);
  const shift = sentenceOffset(sentence, all);
  if (shift === null) return [];
  const kept = [];
  for (const role of ROLES) {
    for (const p of all.filter((x) => x.role === role)) {
      const start = p.span[0] - shift;
      const end = p.span[1] - shift;
      if (start < 0 || end > sentence.length || start >= end) continue;
      if (kept.some((k) => start < k.end && k.start < end)) continue;
      kept.push({ ...p, start, end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A <p class="sentence"> element; tag and class may be changed through opts. */
export function highlightedSentence(event, opts = {}) {
  const sentence = (event.evidence && event.evidence.sentence) || '';
  const node = el(opts.tag || 'p', { class: opts.className || 'sentence', 'data-testid': 'sentence' });
  let at = 0;
  for (const m of marks(sentence, event)) {
    if (m.start > at) node.append(document.createTextNode(sentence.slice(at, m.start)));
    node.append(el('mark', { class: `hl hl-${m.role}`, 'data-role': m.role, title: m.title }, sentence.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < sentence.length) node.append(document.createTextNode(sentence.slice(at)));
  return node;
}

export function highlightLegend() {
  return el('div', { class: 'hl-legend', 'aria-hidden': 'true' },
    el('span', { class: 'hl hl-source' }, 'source'),
    el('span', { class: 'hl hl-target' }, 'target'),
    el('span', { class: 'hl hl-trigger' }, 'trigger'));
}
