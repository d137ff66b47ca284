// Actor network: an ECharts force graph of /api/network. Node size follows the actor's events,
// node colour its type (legend), edge colour the dyad's mean Goldstein score.
import './layout.js';
import { getJson } from './api.js';
import { errorBox, fmtInt, fmtSigned, pageParams, setPageParams } from './dom.js';
import { createChart, draw, drawEmpty, markLoading } from './charts.js';
import { ACTOR_TYPES, actorType, goldsteinColour } from './colours.js';

const form = document.getElementById('filters');
const chartBox = document.getElementById('chart-network');
const chart = createChart(chartBox);

function esc(s) {
  // ECharts tooltips are HTML: data must be escaped before it goes into one.
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function option(nodes, edges) {
  const types = ACTOR_TYPES.filter((t) => nodes.some((n) => actorType(n.type).type === t.type));
  const max = Math.max(...nodes.map((n) => n.events));
  const maxEdge = Math.max(...edges.map((e) => e.events));
  const names = new Map(nodes.map((n) => [n.code, n.name]));
  return {
    animationDuration: 300,
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `<b>${esc(p.data.source)} → ${esc(p.data.target)}</b><br>${esc(names.get(p.data.source) || '')} → ${esc(names.get(p.data.target) || '')}`
          + `<br>${fmtInt(p.data.events)} events, mean Goldstein ${fmtSigned(p.data.goldstein_mean)}<br><i>click to explore the dyad</i>`
        : `<b>${esc(p.data.name)}</b> ${esc(p.data.fullName)}<br>${esc(actorType(p.data.type).label)}, ${fmtInt(p.data.events)} events`),
    },
    legend: [{ data: types.map((t) => t.label), top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } }],
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      // Computed before the first frame, so the picture is still when it appears.
      force: { repulsion: 210, edgeLength: [65, 140], gravity: 0.2, layoutAnimation: false },
      top: 30,
      bottom: 10,
      categories: types.map((t) => ({ name: t.label, itemStyle: { color: t.colour } })),
      label: { show: true, position: 'right', fontSize: 11, color: '#1d2733' },
      labelLayout: { hideOverlap: true },
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 7,
      emphasis: { focus: 'adjacency', lineStyle: { width: 5 } },
      data: nodes.map((n) => ({
        id: n.code,
        name: n.code,
        fullName: n.name,
        type: n.type,
        events: n.events,
        category: types.findIndex((t) => t.type === actorType(n.type).type),
        symbolSize: 10 + 30 * Math.sqrt(n.events / max),
      })),
      edges: edges.map((e) => ({
        ...e,
        lineStyle: { color: goldsteinColour(e.goldstein_mean), width: 1.5 + 5 * Math.sqrt(e.events / maxEdge), opacity: 0.85, curveness: 0.08 },
      })),
    }],
  };
}

async function load() {
  const f = { from: form.from.value, to: form.to.value, limit: form.limit.value, asserted: form.asserted.checked ? 'true' : '' };
  setPageParams({ ...f, limit: f.limit === '100' ? '' : f.limit });
  document.getElementById('page-error').replaceChildren();
  markLoading(chartBox);
  try {
    const { nodes, edges } = await getJson('network', f);
    const sub = document.getElementById('network-sub');
    sub.textContent = `${fmtInt(nodes.length)} actors, ${fmtInt(edges.length)} dyads. Drag to move, scroll to zoom.`;
    if (!nodes.length || !edges.length) {
      drawEmpty(chart, chartBox, 'No dyads in this range: no event has both a source and a target.');
      return;
    }
    draw(chart, chartBox, option(nodes, edges), { points: nodes.length, edges: edges.length });
  } catch (e) {
    drawEmpty(chart, chartBox, 'The network could not be loaded.');
    document.getElementById('page-error').append(errorBox(e));
  }
}

chart.on('click', (p) => {
  if (p.dataType === 'edge') {
    window.location.href = `dyad.html?source=${encodeURIComponent(p.data.source)}&target=${encodeURIComponent(p.data.target)}`;
  } else if (p.dataType === 'node') {
    window.location.href = `events.html?actor=${encodeURIComponent(p.data.id)}`;
  }
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});
const start = pageParams();
form.from.value = start.from || '';
form.to.value = start.to || '';
if (['50', '100', '300'].includes(start.limit)) form.limit.value = start.limit;
form.asserted.checked = start.asserted === 'true';
load();
