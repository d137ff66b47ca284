package org.attache.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test of a dashboard page shares: the server over the fixture corpus, one
 * headless Chromium per test class, and the rule that a page writes no error to the browser
 * console (a failed script, a failed request) unless the test provoked it.
 */
abstract class DashboardPageTest {

    static BrowserSession browser;
    static String base;
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        BrowserSession.assumeInstalled();
        base = Dashboard.baseUrl();
        browser = BrowserSession.start();
        browser.viewport(1366, 768); // a laptop's screen: what the pages are laid out for
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Console errors containing text are expected in the running test. */
    void expectConsoleError(String text) {
        expectedConsoleErrors.add(text);
    }

    @AfterEach
    void browserConsoleHasNoErrors() {
        if (browser != null) {
            assertThat(browser.consoleErrors(expectedConsoleErrors.toArray(String[]::new)))
                    .as("errors in the browser console").isEmpty();
        }
    }
}
