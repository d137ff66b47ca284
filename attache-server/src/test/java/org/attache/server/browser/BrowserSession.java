package org.attache.server.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through ChromeDriver, both Debian's packages ({@code chromium},
 * {@code chromium-driver}) at fixed paths, with a fresh profile, for the dashboard's browser tests.
 *
 * <p>Design decision: the browser and driver paths are always given explicitly, so that Selenium
 * Manager never looks for, or downloads, a browser or a driver: the tests run offline. Without the
 * packages the tests are skipped on a developer's machine, and fail under {@code CI=true}, where a
 * skipped browser test would hide a broken set-up.
 *
 * <p>Not thread-safe: one test thread drives one session.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("attache.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("attache.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * Selenium warns that it has no DevTools classes for this Chromium's version; the tests use
     * none (only WebDriver and the browser log), so the warning is noise. Held so it is not collected.
     */
    private static final Logger CDP_LOG = quiet("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Skips the calling test (or fails it under CI=true) when Chromium or ChromeDriver is not installed. */
    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    static BrowserSession start() {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("attache-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a browser profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new BrowserSession(driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the dashboard (path relative to the server's root, e.g. "events.html?limit=10"). */
    void open(String baseUrl, String path) {
        driver.get(baseUrl + "/" + path);
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
    }

    <T> T waitFor(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).withMessage(what).until(condition);
    }

    WebElement byTestId(String testId) {
        return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }

    List<WebElement> allByTestId(String testId) {
        return driver.findElements(By.cssSelector("[data-testid='" + testId + "']"));
    }

    /** Waits until the chart in the element with this test id has drawn (or found it has nothing to draw). */
    WebElement chartDrawn(String testId) {
        return waitFor("chart " + testId + " drawn", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid='" + testId + "']"));
            if (found.isEmpty()) {
                return null;
            }
            String state = found.get(0).getDomAttribute("data-state");
            return "drawn".equals(state) || "empty".equals(state) ? found.get(0) : null;
        });
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Makes the page's viewport (not the window) width x height CSS pixels. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        for (int i = 0; i < 3; i++) {
            long innerWidth = ((Number) script("return window.innerWidth;")).longValue();
            long innerHeight = ((Number) script("return window.innerHeight;")).longValue();
            if (innerWidth == width && innerHeight == height) {
                return;
            }
            Dimension outer = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(
                    (int) (outer.getWidth() + width - innerWidth), (int) (outer.getHeight() + height - innerHeight)));
        }
    }

    /** Saves what the browser shows as target/screenshots/NAME.png and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(taken);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    /**
     * The browser console's errors since the last call, leaving out those that contain one of
     * {@code expected} (e.g. the 400 a test provokes on purpose).
     */
    List<String> consoleErrors(String... expected) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> Arrays.stream(expected).noneMatch(m::contains))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a profile left in the temporary directory is harmless
            }
        }
    }
}
