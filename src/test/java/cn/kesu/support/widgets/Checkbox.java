package cn.kesu.support.widgets;

import cn.kesu.support.Pages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A PrimeFaces {@code p:selectBooleanCheckbox}, or one box of a {@code p:selectManyCheckbox} by its label.
 * The click goes to the box by script, since an overlay closing (a date picker's panel) may still cover it
 * for a moment; the box is PrimeFaces' styled {@code .ui-chkbox-box}, not the hidden input.
 */
public final class Checkbox {

    private final Pages pages;
    private final By box;

    private Checkbox(Pages pages, By box) {
        this.pages = pages;
        this.box = box;
    }

    /** A single checkbox. */
    public static Checkbox single(Pages pages, String id) {
        return new Checkbox(pages, By.cssSelector(Pages.css(id) + " .ui-chkbox-box"));
    }

    /** The box labelled {@code label} in a group of checkboxes. */
    public static Checkbox inGroup(Pages pages, String id, String label) {
        return new Checkbox(pages, By.xpath("//*[@id='" + id + "']//label[text()='" + label + "']"));
    }

    public void click() {
        WebElement element = pages.driver().findElement(box);
        ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].click();", element);
    }
}
