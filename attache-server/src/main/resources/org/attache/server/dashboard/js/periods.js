// Periods of the series: a point's start date and the period length give the date range of its events.

export const PERIODS = ['day', 'week', 'month', 'year'];

function parseDate(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

/** The last day (inclusive) of the period that starts on start. */
export function periodEnd(start, by) {
  const d = parseDate(start);
  if (by === 'day') return iso(d);
  if (by === 'week') return iso(new Date(d.getTime() + 6 * 86400000));
  if (by === 'month') return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  return iso(new Date(Date.UTC(d.getUTCFullYear(), 11, 31)));
}

/** A readable name for a period, e.g. "March 2023", "the week of 2023-03-06", "2023". */
export function periodName(point, by) {
  const d = parseDate(point.start);
  if (by === 'year') return String(d.getUTCFullYear());
  if (by === 'month') return d.toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (by === 'week') return `the week of ${point.start}`;
  return point.start;
}

export function periodNoun(by) {
  return { day: 'days', week: 'weeks', month: 'months', year: 'years' }[by] || 'periods';
}

function nextStart(start, by) {
  const d = parseDate(start);
  if (by === 'day') return iso(new Date(d.getTime() + 86400000));
  if (by === 'week') return iso(new Date(d.getTime() + 7 * 86400000));
  if (by === 'month') return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
  return iso(new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)));
}

/** How the server labels a period, when the label is a prefix of its start date ("2023", "2023-03"). */
function labelLength(points) {
  const n = points[0].label.length;
  return points.every((p) => p.label.length === n && p.start.startsWith(p.label)) ? n : null;
}

/**
 * The points with the periods that had no event put back as zeros, so that a timeline's gaps show.
 * Points are returned unchanged when the labels cannot be predicted or the range is very long.
 */
export function fillGaps(points, by) {
  if (points.length < 2) return points;
  const n = labelLength(points);
  if (n === null) return points;
  const byStart = new Map(points.map((p) => [p.start, p]));
  const out = [];
  const last = points[points.length - 1].start;
  for (let s = points[0].start; s <= last && out.length <= 2000; s = nextStart(s, by)) {
    out.push(byStart.get(s) || { start: s, label: s.slice(0, n), quad: [0, 0, 0, 0], total: 0, goldstein_sum: 0, goldstein_mean: null });
  }
  return out.length > 2000 ? points : out;
}
