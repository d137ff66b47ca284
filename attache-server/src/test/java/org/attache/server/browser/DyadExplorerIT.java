package org.attache.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dyad explorer against the fixture corpus: deep link, timeline, a click on a period, a click on
 * an event and the evidence it shows.
 */
class DyadExplorerIT extends DashboardPageTest {

    /** A dyad the fixture corpus has events for in several years (see TestCorpus). */
    private static final String DYAD = "source=USA&target=IRN&either=true";

    @Test
    void deepLinkDrawsTheDyadTimelineWithItsGoldsteinLine() {
        long total = Dashboard.api("events?" + DYAD + "&limit=1").get("total").asLong();
        browser.open(base, "dyad.html?" + DYAD);
        WebElement chart = browser.chartDrawn("chart-dyad");

        assertThat(chart.getDomAttribute("data-state")).isEqualTo("drawn");
        assertThat(Long.parseLong(chart.getDomAttribute("data-total"))).isEqualTo(total).isPositive();
        assertThat(ChartProbe.barTotal(browser, chart)).isEqualTo(total);
        assertThat(Integer.parseInt(chart.getDomAttribute("data-points"))).as("years with events").isGreaterThan(1);
        Object line = browser.script("return echarts.getInstanceByDom(arguments[0]).getOption().series"
                + ".filter((s) => s.type === 'line' && s.yAxisIndex === 1 && s.data.some((v) => v !== null)).length;", chart);
        assertThat(((Number) line).intValue()).as("mean Goldstein line on the second axis").isEqualTo(1);
        assertThat(browser.byTestId("dyad-title").getText()).isEqualTo("USA ⇄ IRN");
        browser.screenshot("dyad");
    }

    @Test
    void clickThroughPeriodThenEventToItsEvidence() {
        browser.open(base, "dyad.html?" + DYAD);
        WebElement chart = browser.chartDrawn("chart-dyad");
        List<Long> stacks = ChartProbe.stackTotals(browser, chart);
        int period = stacks.size() - 1;
        while (stacks.get(period) == 0) {
            period--;
        }
        ChartProbe.clickBar(browser, chart, period, stacks.get(period));

        List<WebElement> items = browser.waitFor("events of the clicked period",
                d -> browser.allByTestId("event-item").isEmpty() ? null : browser.allByTestId("event-item"));
        assertThat((long) items.size()).as("events listed for the period").isEqualTo(stacks.get(period));
        for (WebElement item : items) {
            assertThat(item.findElements(By.cssSelector("mark.hl-trigger"))).as("trigger marked in every sentence").hasSize(1);
        }

        WebElement first = items.get(0);
        first.click();
        WebElement evidence = browser.waitFor("evidence shown", d -> browser.allByTestId("evidence").isEmpty()
                ? null : browser.byTestId("evidence"));
        JsonNode event = Dashboard.api("events/" + first.getDomAttribute("data-event-id"));
        assertThat(evidence.getDomAttribute("data-event-id")).isEqualTo(event.get("event_id").asText());
        assertThat(evidence.findElement(By.cssSelector("mark.hl-trigger")).getText())
                .isEqualTo(event.at("/evidence/trigger/text").asText());
        assertThat(evidence.findElement(By.cssSelector("mark.hl-source")).getText()).isEqualTo(event.at("/source/text").asText());
        assertThat(browser.byTestId("evidence-cameo").getText()).isEqualTo(event.get("cameo").asText());
        assertThat(browser.byTestId("evidence-rule-location").getText())
                .isEqualTo(event.at("/evidence/rule/file").asText() + ":" + event.at("/evidence/rule/line").asInt());
        assertThat(evidence.getText()).contains(event.get("cameo_name").asText());
        assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");
        browser.script("window.scrollTo(0, document.body.scrollHeight);");
        browser.screenshot("dyad-evidence");
    }

    @Test
    void formSuggestsActorsAndPutsTheDyadInTheAddress() {
        browser.open(base, "dyad.html");
        assertThat(browser.chartDrawn("chart-dyad").getDomAttribute("data-points")).isEqualTo("0");
        WebElement target = browser.byTestId("target");
        target.sendKeys("Iran");
        browser.waitFor("suggestions for 'Iran'", d -> d.findElements(By.cssSelector("#target-options option[value='IRN']"))
                .isEmpty() ? null : true);
        target.clear();
        target.sendKeys("IRN");
        browser.byTestId("source").sendKeys("USA");
        browser.byTestId("either").click();
        browser.byTestId("show").click();

        WebElement chart = browser.waitFor("dyad chart", d -> {
            WebElement c = browser.byTestId("chart-dyad");
            return "drawn".equals(c.getDomAttribute("data-state")) ? c : null;
        });
        assertThat(browser.driver().getCurrentUrl()).contains("source=USA").contains("target=IRN").contains("either=true");
        assertThat(Long.parseLong(chart.getDomAttribute("data-total")))
                .isEqualTo(Dashboard.api("events?" + DYAD + "&limit=1").get("total").asLong());
    }

    @Test
    void dyadWithoutEventsSaysSo() {
        browser.open(base, "dyad.html?source=USA&target=NZL");
        WebElement chart = browser.chartDrawn("chart-dyad");
        assertThat(chart.getDomAttribute("data-state")).isEqualTo("empty");
        assertThat(browser.byTestId("chart-empty").getText()).startsWith("No events for this dyad yet");
    }
}
