package org.attache.server.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Reads what an ECharts chart of the dashboard holds (through {@code echarts.getInstanceByDom}, the
 * instance the page drew) and clicks on its drawn shapes as a user would, at their pixel position.
 *
 * <p>Stateless.
 */
final class ChartProbe {

    private ChartProbe() {
    }

    /** The sum of the values of every bar series: the events a stacked bar chart shows. */
    static long barTotal(BrowserSession browser, WebElement chart) {
        Object sum = browser.script("""
                const option = echarts.getInstanceByDom(arguments[0]).getOption();
                return option.series.filter((s) => s.type === 'bar')
                    .reduce((n, s) => n + s.data.reduce((m, v) => m + (Number(v) || 0), 0), 0);""", chart);
        return ((Number) sum).longValue();
    }

    /** The stacked total of each category of a bar chart. */
    @SuppressWarnings("unchecked")
    static List<Long> stackTotals(BrowserSession browser, WebElement chart) {
        List<Number> totals = (List<Number>) browser.script("""
                const option = echarts.getInstanceByDom(arguments[0]).getOption();
                const bars = option.series.filter((s) => s.type === 'bar');
                return option.xAxis[0].data.map((_, i) => bars.reduce((n, s) => n + (Number(s.data[i]) || 0), 0));""",
                chart);
        return totals.stream().map(Number::longValue).toList();
    }

    /** Clicks the middle of the stacked bar of category index. */
    static void clickBar(BrowserSession browser, WebElement chart, int index, long stackTotal) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.script(
                "return echarts.getInstanceByDom(arguments[0]).convertToPixel({seriesIndex: 0}, [arguments[1], arguments[2]]);",
                chart, index, stackTotal / 2.0);
        clickAt(browser, chart, pixel.get(0).doubleValue(), pixel.get(1).doubleValue());
    }

    /**
     * The pixel at the middle of a graph edge that no node, label or other edge covers, with the edge's source and target
     * codes: {@code {source, target, x, y}}, or null when every edge is covered.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> clickableEdge(BrowserSession browser, WebElement chart) {
        return (Map<String, Object>) browser.script("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                const graph = chart.getModel().getSeriesByIndex(0).getGraph();
                const nodes = [];
                graph.eachNode((n) => {
                  const [x, y] = n.getLayout();
                  const r = Number(n.getModel().get('symbolSize')) / 2;
                  nodes.push({ at: chart.convertToPixel({ seriesIndex: 0 }, [x, y]), r });
                });
                const curves = [];
                graph.eachEdge((e) => {
                  const line = e.getGraphicEl() && e.getGraphicEl().childOfName('line');
                  if (!line || e.node1 === e.node2) return;
                  const points = [];
                  for (let t = 0; t <= 1.0001; t += 0.05) {
                    const [lx, ly] = line.pointAt(t);
                    points.push(line.transformCoordToGlobal(lx, ly));
                  }
                  curves.push({ edge: e, points, mid: points[10] });
                });
                // Nothing else under the pointer: no node, no node's label (to its right), no other edge.
                const free = (c) => {
                  const [x, y] = c.mid;
                  return nodes.every((n) => Math.hypot(n.at[0] - x, n.at[1] - y) > n.r + 10
                      && !(x > n.at[0] && x < n.at[0] + n.r + 90 && Math.abs(y - n.at[1]) < 12))
                    && curves.every((o) => o === c || o.points.every((p) => Math.hypot(p[0] - x, p[1] - y) > 10))
                    && x > 10 && y > 40 && x < chart.getWidth() - 10 && y < chart.getHeight() - 10;
                };
                const candidates = curves.filter(free).map((c) => ({ source: c.edge.node1.id, target: c.edge.node2.id,
                    x: c.mid[0], y: c.mid[1], events: c.edge.getModel().get('events') }));
                candidates.sort((a, b) => b.events - a.events);
                return candidates.length ? candidates[0] : null;""", chart);
    }

    /** A real mouse click at (x, y) pixels from the element's top-left corner. */
    static void clickAt(BrowserSession browser, WebElement element, double x, double y) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        Rectangle r = element.getRect();
        new Actions(browser.driver())
                .moveToElement(element, (int) Math.round(x - r.getWidth() / 2.0), (int) Math.round(y - r.getHeight() / 2.0))
                .click()
                .perform();
    }
}
