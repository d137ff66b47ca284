package org.attache.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Try a sentence": a text typed in the browser, coded by the real coder behind POST /api/code. */
class TrySentenceIT extends DashboardPageTest {

    @Test
    void codesATypedSentenceAndExplainsIt() {
        browser.open(base, "try.html");
        WebElement text = browser.byTestId("try-text");
        text.sendKeys("The French foreign minister met his German counterpart in Berlin on Tuesday. "
                + "<b>Nobody</b> said anything.");
        WebElement date = browser.byTestId("try-date");
        browser.script("arguments[0].value = '2023-03-14';", date);
        browser.byTestId("try-code").click();

        // The first text a server codes loads the CoreNLP models.
        WebElement summary = browser.waitFor("coding result", Duration.ofSeconds(180),
                d -> browser.allByTestId("try-summary").isEmpty() ? null : browser.byTestId("try-summary"));
        assertThat(Integer.parseInt(summary.getDomAttribute("data-events"))).isPositive();
        List<WebElement> sentences = browser.allByTestId("try-sentence");
        assertThat(sentences).hasSize(2);

        WebElement meeting = sentences.get(0);
        WebElement event = meeting.findElement(By.cssSelector("[data-testid='try-event']"));
        assertThat(event.getText()).contains("FRAGOV").contains("DEUGOV").contains("040");
        assertThat(event.findElement(By.cssSelector("mark.hl-trigger")).getText()).isEqualTo("met");
        assertThat(event.findElement(By.cssSelector("mark.hl-source")).getText()).isEqualTo("French foreign minister");
        assertThat(event.findElement(By.cssSelector("mark.hl-target")).getText()).isEqualTo("German counterpart");
        assertThat(meeting.findElement(By.cssSelector("[data-testid='try-actors']")).getText())
                .contains("FRAGOV").contains("DEUGOV").contains("actors/states.txt:");
        assertThat(meeting.findElements(By.cssSelector("[data-testid='try-decision']")))
                .anySatisfy(d -> assertThat(d.getText()).startsWith("met").contains("EVENT FRAGOV → DEUGOV").contains("verbs.txt:"));

        event.click();
        WebElement evidence = meeting.findElement(By.cssSelector("[data-testid='evidence']"));
        assertThat(evidence.findElement(By.cssSelector("mark.hl-trigger")).getText()).isEqualTo("met");

        // Posted text is shown as text, never parsed as HTML.
        WebElement other = sentences.get(1);
        assertThat(other.getText()).contains("<b>Nobody</b>");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid='try-results'] b")))
                .allSatisfy(b -> assertThat(b.getText()).doesNotContain("Nobody"));
        browser.screenshot("try");
    }
}
