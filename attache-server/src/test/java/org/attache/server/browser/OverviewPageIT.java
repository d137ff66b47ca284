package org.attache.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The overview page ({@code /}) against the fixture corpus, in a real browser. */
class OverviewPageIT extends DashboardPageTest {

    @Test
    void chartsEveryStoredEventByQuadClassAndYear() throws IOException {
        long stored = Dashboard.api("health").get("events").asLong();
        assertThat(stored).as("events in the fixture corpus").isPositive();
        browser.open(base, "");

        WebElement chart = browser.chartDrawn("chart-overview");
        assertThat(chart.getDomAttribute("data-state")).isEqualTo("drawn");
        assertThat(Long.parseLong(chart.getDomAttribute("data-total"))).as("events charted").isEqualTo(stored);
        assertThat(ChartProbe.barTotal(browser, chart)).as("sum of the bars ECharts holds").isEqualTo(stored);
        assertThat(Integer.parseInt(chart.getDomAttribute("data-points"))).as("years with events")
                .isEqualTo(Dashboard.api("series?by=year").get("points").size()).isGreaterThan(1);
        assertThat(browser.byTestId("kpi-events").getText()).isEqualTo(String.valueOf(stored));

        browser.waitFor("top dyads listed", d -> !browser.allByTestId("dyad-row").isEmpty());
        browser.waitFor("top actors listed", d -> !browser.allByTestId("actor-row").isEmpty());
        assertThat(browser.byTestId("store-status").getText()).startsWith(stored + " events");
        Path shot = browser.screenshot("overview");
        if (System.getenv("ATTACHE_UPDATE_DOCS_SCREENSHOT") != null) {
            Files.copy(shot, Path.of("..", "docs", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void monthlyPeriodsSplitTheSameTotal() {
        long stored = Dashboard.api("health").get("events").asLong();
        browser.open(base, "index.html");
        WebElement chart = browser.chartDrawn("chart-overview");
        int years = Integer.parseInt(chart.getDomAttribute("data-points"));

        new Select(browser.byTestId("period")).selectByValue("month");
        chart = browser.waitFor("monthly chart", d -> {
            WebElement c = browser.byTestId("chart-overview");
            return "drawn".equals(c.getDomAttribute("data-state")) && browser.driver().getCurrentUrl().contains("by=month")
                    ? c : null;
        });
        int months = Integer.parseInt(chart.getDomAttribute("data-points"));
        assertThat(months).as("months with events").isGreaterThan(years)
                .isEqualTo(Dashboard.api("series?by=month").get("points").size());
        assertThat(Long.parseLong(chart.getDomAttribute("data-total"))).isEqualTo(stored);
        assertThat(ChartProbe.barTotal(browser, chart)).isEqualTo(stored);
    }

    @Test
    void topDyadRowOpensTheDyadExplorer() {
        JsonNode top = Dashboard.api("dyads/top?by=year&limit=8").get("dyads").get(0);
        browser.open(base, "index.html");
        browser.waitFor("top dyads listed", d -> !browser.allByTestId("dyad-row").isEmpty());
        WebElement first = browser.allByTestId("dyad-row").get(0);
        assertThat(first.getText()).contains(top.get("source").asText() + " → " + top.get("target").asText());
        first.findElement(By.tagName("a")).click();
        WebElement chart = browser.chartDrawn("chart-dyad");
        assertThat(browser.driver().getCurrentUrl())
                .contains("source=" + top.get("source").asText()).contains("target=" + top.get("target").asText());
        assertThat(Long.parseLong(chart.getDomAttribute("data-total"))).isGreaterThanOrEqualTo(top.get("events").asLong());
    }
}
