package cn.kesu.support;

import cn.kesu.support.widgets.Checkbox;
import cn.kesu.support.widgets.DataTable;
import cn.kesu.support.widgets.DatePicker;
import cn.kesu.support.widgets.SelectOneMenu;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A signed-in browser page: open a page, sign in and out, wait for PrimeFaces ajax to settle, read texts
 * and messages, download, and reach the PrimeFaces widgets on it as page objects ({@code support.widgets}).
 */
public final class Pages {

    private final WebDriver driver;
    private final String base;

    public Pages(WebDriver driver, URL base) {
        this.driver = driver;
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        waitForPage();
    }

    public void login(String username, String password) {
        open("login.xhtml");
        loginHere(username, password);
    }

    /** Fills the login form of the page the browser is on (after a redirect to login). */
    public void loginHere(String username, String password) {
        WebElement user = driver.findElement(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("login:password"));
        pass.clear();
        pass.sendKeys(password);
        click("login:submit");
        // A signed-in user is redirected on: wait for it, so the next read is of the page signed in to. A refused
        // sign-in stays on the login page, which the wait then gives up on.
        arrivesAt("app/", Duration.ofMillis(1500));
    }

    public void logout() {
        click("menuForm:logout");
    }

    /** Clicks by id and waits until the page and any ajax request have settled. */
    public void click(String id) {
        driver.findElement(By.id(id)).click();
        waitForPage();
    }

    public void waitForPage() {
        // Polled every 50 ms rather than Selenium's 500: most pages settle within a few tens of milliseconds.
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50)).until(d -> {
            JavascriptExecutor js = (JavascriptExecutor) d;
            Object ready = js.executeScript("return document.readyState === 'complete'"
                    + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                    + " && (!window.jQuery || jQuery.active === 0)");
            return Boolean.TRUE.equals(ready);
        });
    }

    /**
     * Whether the browser gets to a page whose path starts so within a few seconds: the redirect after a click may
     * still be under way when the click returns.
     */
    public boolean arrivesAt(String path) {
        return arrivesAt(path, Duration.ofSeconds(5));
    }

    private boolean arrivesAt(String path, Duration within) {
        try {
            new WebDriverWait(driver, within, Duration.ofMillis(50)).until(d -> path().startsWith(path));
            waitForPage();
            return true;
        } catch (org.openqa.selenium.TimeoutException notThere) {
            return false;
        }
    }

    public void waitForVisible(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The PrimeFaces data table with this client id. */
    public DataTable table(String id) {
        return new DataTable(this, id);
    }

    public SelectOneMenu selectOneMenu(String id) {
        return new SelectOneMenu(this, id);
    }

    public Checkbox checkbox(String id) {
        return Checkbox.single(this, id);
    }

    /** The box labelled {@code label} of a selectManyCheckbox. */
    public Checkbox checkbox(String id, String label) {
        return Checkbox.inGroup(this, id, label);
    }

    public DatePicker datePicker(String id) {
        return new DatePicker(this, id);
    }

    /** Opens the tab of a PrimeFaces tabView whose content has this id (the tab header links to it). */
    public void openTab(String tabId) {
        driver.findElement(By.cssSelector("a[href$='" + tabId + "']")).click();
        waitForPage();
    }

    /** The visible text of the element with this id, without surrounding blanks. */
    /**
     * The element's text. PrimeFaces may replace an element while its widgets start after a full page load, and a
     * read may fall between two pages; such a read reads again.
     */
    public String text(String id) {
        return reading(() -> driver.findElement(By.id(id)).getText().strip());
    }

    private String reading(java.util.function.Supplier<String> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.NoSuchElementException replaced) {
                // Caught between two pages: the old one's element is gone, the new one is not drawn yet.
                if (attempt == 5) {
                    throw replaced;
                }
                waitForPage();
            } catch (org.openqa.selenium.WebDriverException replaced) {
                // The same race as Chromium reports it when the page is replaced between finding and reading:
                // "Node with given id does not belong to the document".
                if (attempt == 5 || replaced.getMessage() == null
                        || !replaced.getMessage().contains("does not belong to the document")) {
                    throw replaced;
                }
                waitForPage();
            }
        }
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Clicks the link or button with this id and waits until the browser has saved {@code fileName}. */
    public Path download(String id, String fileName) throws IOException {
        return download(driver.findElement(By.id(id)), fileName);
    }

    public Path download(WebElement link, String fileName) throws IOException {
        Path file = Browser.downloads().resolve(fileName);
        Files.deleteIfExists(file);
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .until(d -> Files.exists(file) && file.toFile().length() > 0);
        return file;
    }

    /** A client id as a CSS selector: JSF's colons escaped. */
    public static String css(String id) {
        return "#" + id.replace(":", "\\:");
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public String bodyText() {
        return reading(() -> driver.findElement(By.tagName("body")).getText());
    }

    public List<String> errorMessages() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Switches the signed-in user's screens back to Chinese if a test left them in English (the choice is kept on the
     * user). Read from the language button, which offers the other language, so a menu still drawing cannot hide it.
     */
    public void speakChinese() {
        if (present("menuForm:language") && Texts.en("menu.language").equals(text("menuForm:language"))) {
            click("menuForm:language");
        }
    }

    public List<String> menuLabels() {
        return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream()
                .map(WebElement::getText).toList();
    }
}
