// The one colour scale of the dashboard, from cooperation (blue, green) to conflict (orange, red).
// Mirrors the --q1..--q4 variables of css/attache.css.

export const QUADS = [
  { quad: 1, name: 'Verbal cooperation', colour: '#4fae7a' },
  { quad: 2, name: 'Material cooperation', colour: '#2a77b8' },
  { quad: 3, name: 'Verbal conflict', colour: '#f0903e' },
  { quad: 4, name: 'Material conflict', colour: '#c9302c' },
];

export function quadName(q) {
  const found = QUADS.find((x) => x.quad === Number(q));
  return found ? found.name : `Quad ${q}`;
}

// Goldstein -10 (most conflictual) .. +10 (most cooperative), anchored on the quad colours.
const STOPS = [
  [-10, [201, 48, 44]],
  [-4, [240, 144, 62]],
  [0, [169, 169, 155]],
  [3, [79, 174, 122]],
  [8, [42, 119, 184]],
];

export function goldsteinColour(g) {
  if (g === null || g === undefined || Number.isNaN(Number(g))) return 'rgb(169,169,155)';
  const x = Math.max(STOPS[0][0], Math.min(STOPS[STOPS.length - 1][0], Number(g)));
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, c1] = STOPS[i];
    const [x0, c0] = STOPS[i - 1];
    if (x <= x1) {
      const t = (x - x0) / (x1 - x0);
      const c = c0.map((v, k) => Math.round(v + t * (c1[k] - v)));
      return `rgb(${c[0]},${c[1]},${c[2]})`;
    }
  }
  return 'rgb(42,119,184)';
}

// Colours for actor types in the network, distinct from the cooperation/conflict scale.
export const ACTOR_TYPES = [
  { type: 'state', label: 'State', colour: '#34495e' },
  { type: 'igo', label: 'International organisation', colour: '#8e6fc1' },
  { type: 'city', label: 'City', colour: '#16a3b3' },
  { type: 'region', label: 'Region', colour: '#5fb0a0' },
  { type: 'company', label: 'Company', colour: '#b5834a' },
  { type: 'group', label: 'Armed or political group', colour: '#7a7f3d' },
  { type: 'ngo', label: 'NGO', colour: '#d46aa8' },
  { type: 'person', label: 'Person', colour: '#8a97a6' },
  { type: 'other', label: 'Other', colour: '#c3c9d1' },
];

export function actorType(type) {
  return ACTOR_TYPES.find((t) => t.type === type) || ACTOR_TYPES[ACTOR_TYPES.length - 1];
}
