// ECharts (served from its WebJar as the global `echarts`) with the dashboard's conventions: charts
// resize with the window, show an empty state, and mark their container once they have drawn data
// (data-points, data-total) so that a reader or a browser test can tell a drawn chart from an empty one.
import { el } from './dom.js';
import { QUADS } from './colours.js';

const charts = new Set();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

export function createChart(container) {
  const chart = window.echarts.init(container, null, { renderer: 'canvas' });
  charts.add(chart);
  return chart;
}

/** Draws option; marks the container with its data once ECharts has finished rendering. */
export function draw(chart, container, option, marks) {
  container.querySelector('.chart-empty')?.remove();
  delete container.dataset.points;
  container.dataset.state = 'drawing';
  const done = () => {
    chart.off('finished', done);
    for (const [k, v] of Object.entries(marks)) container.dataset[k] = String(v);
    container.dataset.state = 'drawn';
  };
  chart.on('finished', done);
  chart.setOption(option, true);
}

/** Marks the chart as waiting for data, so that its old marks are not taken for the new data's. */
export function markLoading(container) {
  container.dataset.state = 'loading';
}

/** Clears the chart and shows message over it. */
export function drawEmpty(chart, container, message) {
  chart.clear();
  container.querySelector('.chart-empty')?.remove();
  container.append(el('div', { class: 'chart-empty', 'data-testid': 'chart-empty' }, message));
  container.dataset.points = '0';
  container.dataset.total = '0';
  container.dataset.state = 'empty';
}

const AXIS_LABEL = { color: '#5b6776', fontSize: 11 };

/**
 * Stacked bars of the four quad classes per period, and optionally the mean Goldstein score as a
 * line on a second axis (-10..10).
 */
export function quadBarsOption(points, { goldstein = false } = {}) {
  const labels = points.map((p) => p.label);
  const series = QUADS.map((q, i) => ({
    name: q.name,
    type: 'bar',
    stack: 'events',
    barMaxWidth: 46,
    itemStyle: { color: q.colour },
    emphasis: { focus: 'series' },
    data: points.map((p) => p.quad[i]),
  }));
  const yAxis = [{ type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: { lineStyle: { color: '#edf0f4' } } }];
  if (goldstein) {
    series.push({
      name: 'Mean Goldstein',
      type: 'line',
      yAxisIndex: 1,
      symbol: 'circle',
      symbolSize: 7,
      connectNulls: true,
      itemStyle: { color: '#1d2733' },
      lineStyle: { width: 2, color: '#1d2733' },
      data: points.map((p) => (p.total > 0 && p.goldstein_mean !== null && p.goldstein_mean !== undefined ? Number(p.goldstein_mean.toFixed(2)) : null)),
    });
    yAxis.push({ type: 'value', name: 'mean Goldstein', min: -10, max: 10, interval: 5, nameTextStyle: { ...AXIS_LABEL, align: 'right' }, axisLabel: AXIS_LABEL, splitLine: { show: false } });
  }
  return {
    animationDuration: 300,
    grid: { left: 48, right: goldstein ? 56 : 20, top: 40, bottom: labels.length > 40 ? 58 : 28 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: '#1d2733', fontSize: 12 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: labels, axisLabel: { ...AXIS_LABEL, hideOverlap: true }, axisTick: { alignWithLabel: true } },
    yAxis,
    dataZoom: labels.length > 40 ? [{ type: 'slider', height: 16, bottom: 6 }, { type: 'inside' }] : [],
    series,
  };
}

/**
 * Calls onPeriod(index) when the user clicks anywhere in a period's column of the grid, not only
 * on a bar: a period with one event has a bar a few pixels high.
 */
export function onPeriodClick(chart, onPeriod) {
  chart.getZr().on('click', (e) => {
    const at = [e.offsetX, e.offsetY];
    if (!chart.containPixel({ gridIndex: 0 }, at)) return;
    const [x] = chart.convertFromPixel({ seriesIndex: 0 }, at);
    const index = Math.round(x);
    if (Number.isFinite(index) && index >= 0) onPeriod(index);
  });
  chart.getZr().on('mousemove', (e) => {
    chart.getZr().setCursorStyle(chart.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY]) ? 'pointer' : 'default');
  });
}
