package cn.kesu.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

/**
 * Page helpers shared by the browser tests: open a page, sign in and out, wait for PrimeFaces ajax
 * to settle, read the messages.
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

    public void waitForVisible(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its label, through the widget's own API as
     * PrimeFaces' Selenium support does: clicking into an animating overlay panel is not reliable.
     */
    public void selectOne(String id, String label) {
        ((JavascriptExecutor) driver).executeScript(
                "var input = document.getElementById(arguments[0] + '_input');"
                        + "var option = Array.from(input.options).find(o => o.text === arguments[1]);"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
                id, label);
        waitForPage();
    }

    /**
     * Ticks the box with this label in a PrimeFaces selectManyCheckbox. The click goes to the label by
     * script, since an overlay closing (a date picker's panel) may still cover it for a moment.
     */
    public void check(String id, String label) {
        WebElement box = driver.findElement(By.xpath("//*[@id='" + id + "']//label[text()='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
    }

    /**
     * Fills a PrimeFaces datePicker's text field by script, as typing opens its calendar panel, which
     * then may cover the next field. The server parses the text with the picker's pattern as usual.
     */
    public void typeDate(String id, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id + "_input", text);
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
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<String> errorMessages() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> menuLabels() {
        return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream()
                .map(WebElement::getText).toList();
    }
}
