// Actor inputs with suggestions from /api/actors?q= (a <datalist>), and resolution of what was typed
// to an actor code.
import { getJson } from './api.js';
import { el, fill } from './dom.js';

const CODE = /^[A-Z0-9]{3,}$/;

export function attachSuggestions(input, datalist) {
  let timer = null;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || q === asked) return;
    timer = setTimeout(async () => {
      asked = q;
      try {
        const { actors } = await getJson('actors', { q, limit: 12 });
        // Actors with events in the store first: those are the ones worth exploring.
        const sorted = [...actors].sort((a, b) => (b.as_source + b.as_target) - (a.as_source + a.as_target));
        fill(datalist, sorted.map((a) => el('option', { value: a.code },
          `${a.name} · ${a.type}${a.as_source + a.as_target ? ` · ${a.as_source + a.as_target} events` : ''}`)));
      } catch {
        datalist.replaceChildren(); // suggestions are a convenience: typing a code still works
      }
    }, 200);
  });
}

/** The actor code for what was typed: a code as it is, else the best match of a name search. */
export async function resolveActor(text) {
  const t = text.trim();
  if (CODE.test(t)) return t;
  const { actors } = await getJson('actors', { q: t, limit: 12 });
  if (!actors.length) {
    if (CODE.test(t.toUpperCase())) return t.toUpperCase();
    throw new Error(`no actor matches “${t}”`);
  }
  const exact = actors.find((a) => a.code.toUpperCase() === t.toUpperCase() || a.name.toLowerCase() === t.toLowerCase());
  const withEvents = [...actors].sort((a, b) => (b.as_source + b.as_target) - (a.as_source + a.as_target));
  return (exact || withEvents[0]).code;
}
