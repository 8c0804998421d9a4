package cn.kesu.support;

import cn.kesu.infrastructure.demo.DemoUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, never a downloaded browser. Register it
 * with {@code @RegisterExtension}: after each test it keeps a screenshot under target/screenshots
 * (named after the test, "-FAILED" when it failed). Chromium and its driver are found by .ci/browser, the
 * same lookup .ci/run installs them by. Without them the browser tests are skipped, except in CI
 * ({@code CI=true}), where their absence fails the build.
 */
public class Browser implements AfterEachCallback, AutoCloseable {

    private WebDriver driver;

    private static final String RECORD_CSP_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => {"
            + " const seen = JSON.parse(sessionStorage.getItem('kesuCspViolations') || '[]');"
            + " seen.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '') + ' on ' + location.pathname);"
            + " sessionStorage.setItem('kesuCspViolations', JSON.stringify(seen)); });";

    /** The Content-Security-Policy violations the pages of this tab reported since the last call; then forgets them. */
    public List<String> cspViolations() {
        if (driver == null) {
            return List.of();
        }
        try {
            Object seen = ((JavascriptExecutor) driver).executeScript(
                    "const v = JSON.parse(sessionStorage.getItem('kesuCspViolations') || '[]');"
                            + " sessionStorage.removeItem('kesuCspViolations'); return v;");
            return seen instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        } catch (WebDriverException noPageOfOurs) {
            return List.of();
        }
    }

    public WebDriver driver() {
        if (driver == null) {
            Map<String, String> found = lookup();
            boolean installed = found.containsKey("chromium") && found.containsKey("chromedriver");
            if (!installed && "true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("chromium and chromium-driver are required in CI");
            }
            Assumptions.assumeTrue(installed, "Debian chromium + chromium-driver not installed: browser tests skipped");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(found.get("chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads().toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(found.get("chromedriver"))).build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            // Every page of every browser test notes Content-Security-Policy violations, and afterEach fails the
            // test on any: so the whole screen suite shows that the pages work under the policy.
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
            driver = chrome;
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        }
        return driver;
    }

    /** Asks .ci/browser, the lookup .ci/run uses too, where Chromium and its driver are; empty when missing. */
    private static Map<String, String> lookup() {
        Path script = Path.of(System.getProperty("kesu.basedir", ".")).resolve(".ci/browser");
        try {
            Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(false).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                return Map.of();
            }
            return out.lines().filter(line -> line.contains("="))
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                            line -> line.substring(line.indexOf('=') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the browser saves downloads: target/downloads. */
    public static Path downloads() {
        Path dir = Path.of(System.getProperty("kesu.screenshots", "target/screenshots")).resolveSibling("downloads");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A fresh session signed in as the demo user with this name, on the pages under {@code base}. */
    public Pages signIn(URL base, String username) {
        clearSession();
        Pages pages = new Pages(driver(), base);
        pages.login(username, DemoUser.PASSWORD);
        pages.speakChinese();
        return pages;
    }

    /** Forgets the signed-in user: a fresh session for the next login. */
    public void clearSession() {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + (context.getExecutionException().isPresent() ? "-FAILED" : "");
        Path dir = Path.of(System.getProperty("kesu.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        List<String> violations = cspViolations();
        if (!violations.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + violations);
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
