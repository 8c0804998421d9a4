package cn.kesu.support.widgets;

import cn.kesu.support.Pages;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.util.List;

/**
 * A PrimeFaces {@code p:dataTable}: its data rows (never the "no records" row an empty table shows), their
 * cells and the links or buttons inside them, found by the end of their ids.
 */
public final class DataTable {

    private final Pages pages;
    private final String id;

    public DataTable(Pages pages, String id) {
        this.pages = pages;
        this.id = id;
    }

    /** The data rows, in the order shown. */
    public List<WebElement> rows() {
        return pages.driver().findElements(By.cssSelector(Pages.css(id + "_data") + " > tr"))
                .stream().filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).toList();
    }

    public int size() {
        return rows().size();
    }

    /** The text of a cell, both counted from 0. */
    public String cell(int row, int column) {
        return rows().get(row).findElements(By.cssSelector(":scope > td")).get(column).getText().strip();
    }

    /** The first row whose text contains {@code text}. */
    public WebElement rowContaining(String text) {
        return rows().stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + id + " contains " + text));
    }

    /** Whether any row's text contains all of {@code texts}. */
    public boolean hasRowWith(String... texts) {
        return rows().stream().anyMatch(row -> {
            String shown = row.getText();
            return java.util.Arrays.stream(texts).allMatch(shown::contains);
        });
    }

    /**
     * Types {@code text} into the filter of the column with id {@code columnId} and waits until the table
     * shows only rows containing it, so a test finds its own row however many others the run has made.
     */
    public void filter(String columnId, String text) {
        pages.type(id + ":" + columnId + ":filter", text);
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<WebElement> shown = rows();
                    return !shown.isEmpty() && shown.stream().allMatch(row -> row.getText().contains(text));
                });
        pages.waitForPage();
    }

    /** The links or buttons of all rows whose id ends with {@code idSuffix} (":open", ":pdf"…). */
    public List<WebElement> all(String idSuffix) {
        return pages.driver().findElements(By.cssSelector(Pages.css(id + "_data") + " [id$='" + idSuffix + "']"));
    }

    /** The link or button of one row whose id ends with {@code idSuffix}. */
    public WebElement in(int row, String idSuffix) {
        return rows().get(row).findElement(By.cssSelector("[id$='" + idSuffix + "']"));
    }

    /** Clicks the link or button of one row and waits for the page. */
    public void click(int row, String idSuffix) {
        in(row, idSuffix).click();
        pages.waitForPage();
    }
}
