package cn.kesu.support;

import cn.kesu.infrastructure.demo.DemoUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, never a downloaded browser. Register it
 * with {@code @RegisterExtension}: after each test it keeps a screenshot under target/screenshots
 * (named after the test, "-FAILED" when it failed). Without Chromium the browser tests are skipped,
 * except in CI ({@code CI=true}), where .ci/run installs it and its absence is an error.
 */
public class Browser implements AfterEachCallback, AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private WebDriver driver;

    public WebDriver driver() {
        if (driver == null) {
            boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
            if (!installed && "true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("chromium and chromium-driver are required in CI");
            }
            Assumptions.assumeTrue(installed, "Debian chromium + chromium-driver not installed: browser tests skipped");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN");
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads().toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        }
        return driver;
    }

    /** Where the browser saves downloads: target/downloads. */
    public static Path downloads() {
        Path dir = Path.of(System.getProperty("kesu.screenshots", "target/screenshots")).resolveSibling("downloads");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    /** A fresh session signed in as the demo user with this name, on the pages under {@code base}. */
    public Pages signIn(URL base, String username) {
        clearSession();
        Pages pages = new Pages(driver(), base);
        pages.login(username, DemoUser.PASSWORD);
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
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
