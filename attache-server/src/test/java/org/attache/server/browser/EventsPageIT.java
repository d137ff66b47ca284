package org.attache.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The event table against the fixture corpus: pages, highlights, filters, evidence dialog, API errors. */
class EventsPageIT extends DashboardPageTest {

    @Test
    void pagesThroughEveryEventWithSourceTargetAndTriggerHighlighted() {
        JsonNode all = Dashboard.api("events?limit=1000");
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThan(20);
        Map<String, JsonNode> byId = new HashMap<>();
        all.get("events").forEach(e -> byId.put(e.get("event_id").asText(), e));

        browser.open(base, "events.html?limit=10");
        WebElement table = waitForTable(0);
        assertThat(browser.byTestId("summary").getDomAttribute("data-total")).isEqualTo(String.valueOf(total));
        assertThat(browser.byTestId("summary").getText()).isEqualTo("Showing 1–10 of " + total + " events");
        assertThat(browser.byTestId("page-info").getText()).isEqualTo("Page 1 of " + ((total + 9) / 10));
        assertThat(browser.byTestId("prev").isEnabled()).isFalse();
        List<String> firstPage = checkRows(table, byId);
        browser.screenshot("events");

        browser.byTestId("next").click();
        table = waitForTable(10);
        assertThat(browser.byTestId("page-info").getText()).startsWith("Page 2 of");
        assertThat(checkRows(table, byId)).doesNotContainAnyElementsOf(firstPage);
        assertThat(browser.driver().getCurrentUrl()).contains("offset=10");

        browser.byTestId("prev").click();
        table = waitForTable(0);
        assertThat(checkRows(table, byId)).isEqualTo(firstPage);
    }

    @Test
    void filtersByQuadClassAndOpensTheEvidenceOfARow() {
        long conflicts = Dashboard.api("events?quad=4&limit=1").get("total").asLong();
        assertThat(conflicts).as("material conflict events in the fixture").isPositive();
        browser.open(base, "events.html");
        waitForTable(0);
        new Select(browser.driver().findElement(By.id("f-quad"))).selectByValue("4");
        browser.byTestId("apply").click();
        browser.waitFor("filtered table", d -> d.getCurrentUrl().contains("quad=4")
                && String.valueOf(conflicts).equals(browser.byTestId("summary").getDomAttribute("data-total")) ? true : null);
        WebElement table = waitForTable(0);
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            assertThat(row.findElement(By.cssSelector(".chip")).getText()).isEqualTo("Material conflict");
        }

        WebElement row = table.findElement(By.cssSelector("tbody tr"));
        row.click();
        WebElement dialog = browser.byTestId("evidence-dialog");
        browser.waitFor("evidence dialog open", d -> dialog.getDomAttribute("open") != null ? true : null);
        JsonNode event = Dashboard.api("events/" + row.getDomAttribute("data-event-id"));
        assertThat(dialog.findElement(By.cssSelector("mark.hl-trigger")).getText())
                .isEqualTo(event.at("/evidence/trigger/text").asText());
        assertThat(dialog.getText()).contains(event.at("/evidence/rule/file").asText() + ":" + event.at("/evidence/rule/line").asInt());
        browser.screenshot("events-evidence");
        browser.byTestId("close-evidence").click();
        browser.waitFor("evidence dialog closed", d -> dialog.getDomAttribute("open") == null ? true : null);
    }

    @Test
    void showsTheApiErrorForABadFilter() {
        expectConsoleError("status of 400");
        browser.open(base, "events.html?root=ab");
        WebElement error = browser.waitFor("error shown", d -> browser.allByTestId("error").isEmpty() ? null : browser.byTestId("error"));
        assertThat(error.getText()).startsWith("The events could not be loaded:").contains("root");
    }

    @Test
    void saysSoWhenNoEventMatches() {
        browser.open(base, "events.html?from=1990-01-01&to=1990-12-31");
        WebElement empty = browser.waitFor("empty state", d -> browser.allByTestId("empty").isEmpty() ? null : browser.byTestId("empty"));
        assertThat(empty.getText()).startsWith("No events match these filters");
        assertThat(browser.byTestId("summary").getText()).isEqualTo("No events");
    }

    private WebElement waitForTable(int offset) {
        return browser.waitFor("events table at offset " + offset, d -> {
            List<WebElement> tables = browser.allByTestId("events-table");
            return !tables.isEmpty() && String.valueOf(offset).equals(tables.get(0).getDomAttribute("data-offset"))
                    ? tables.get(0) : null;
        });
    }

    /** Checks every row's marks against its event in the API; returns the rows' event ids. */
    private static List<String> checkRows(WebElement table, Map<String, JsonNode> byId) {
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(Integer.parseInt(table.getDomAttribute("data-rows"))).isNotEmpty();
        for (WebElement row : rows) {
            JsonNode event = byId.get(row.getDomAttribute("data-event-id"));
            assertThat(event).as("row of a stored event").isNotNull();
            WebElement sentence = row.findElement(By.cssSelector("[data-testid='sentence']"));
            assertThat(sentence.getText()).isEqualTo(event.at("/evidence/sentence").asText().strip());
            assertThat(sentence.findElement(By.cssSelector("mark.hl-trigger")).getText())
                    .isEqualTo(event.at("/evidence/trigger/text").asText());
            List<WebElement> source = sentence.findElements(By.cssSelector("mark.hl-source"));
            if (!source.isEmpty()) {
                assertThat(source.get(0).getText()).isEqualTo(event.at("/source/text").asText());
            }
            List<WebElement> target = sentence.findElements(By.cssSelector("mark.hl-target"));
            if (!target.isEmpty()) {
                assertThat(target.get(0).getText()).isEqualTo(event.at("/target/text").asText());
            }
        }
        long marked = rows.stream().filter(r -> !r.findElements(By.cssSelector("mark.hl-source")).isEmpty()).count();
        assertThat(marked).as("rows with the source marked").isGreaterThan(rows.size() / 2);
        return rows.stream().map(r -> r.getDomAttribute("data-event-id")).toList();
    }
}
