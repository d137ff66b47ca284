package org.attache.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The actor network against the fixture corpus: nodes, edges, legend by type, a click on an edge. */
class NetworkPageIT extends DashboardPageTest {

    @Test
    void drawsEveryActorAndDyadWithALegendOfActorTypes() {
        JsonNode network = Dashboard.api("network?limit=100");
        browser.open(base, "network.html");
        WebElement chart = browser.chartDrawn("chart-network");

        assertThat(chart.getDomAttribute("data-state")).isEqualTo("drawn");
        assertThat(Integer.parseInt(chart.getDomAttribute("data-points"))).isEqualTo(network.get("nodes").size()).isPositive();
        assertThat(Integer.parseInt(chart.getDomAttribute("data-edges"))).isEqualTo(network.get("edges").size()).isPositive();
        Object drawnEdges = browser.script(
                "return echarts.getInstanceByDom(arguments[0]).getModel().getSeriesByIndex(0).getGraph().edges.length;", chart);
        assertThat(((Number) drawnEdges).intValue()).isEqualTo(network.get("edges").size());

        @SuppressWarnings("unchecked")
        List<String> legend = (List<String>) browser.script(
                "return echarts.getInstanceByDom(arguments[0]).getOption().legend[0].data;", chart);
        List<String> types = new ArrayList<>();
        network.get("nodes").forEach(n -> types.add(n.get("type").asText()));
        assertThat(types).as("the fixture has states and organisations").contains("state", "igo");
        assertThat(legend).contains("State", "International organisation");
        browser.screenshot("network");
    }

    @Test
    void clickOnAnEdgeOpensThatDyad() {
        browser.open(base, "network.html");
        WebElement chart = browser.chartDrawn("chart-network");
        Map<String, Object> edge = ChartProbe.clickableEdge(browser, chart);
        assertThat(edge).as("an edge no node covers").isNotNull();

        ChartProbe.clickAt(browser, chart, ((Number) edge.get("x")).doubleValue(), ((Number) edge.get("y")).doubleValue());
        WebElement dyadChart = browser.chartDrawn("chart-dyad");
        assertThat(browser.driver().getCurrentUrl())
                .contains("dyad.html?source=" + edge.get("source") + "&target=" + edge.get("target"));
        assertThat(dyadChart.getDomAttribute("data-state")).isEqualTo("drawn");
        assertThat(Long.parseLong(dyadChart.getDomAttribute("data-total")))
                .isGreaterThanOrEqualTo(((Number) edge.get("events")).longValue());
    }
}
