package cn.kesu.support.widgets;

import cn.kesu.support.Pages;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A PrimeFaces {@code p:selectOneMenu}. Chooses through the widget's own API, as PrimeFaces' Selenium support
 * does: clicking into an animating overlay panel is not reliable.
 */
public final class SelectOneMenu {

    private final Pages pages;
    private final String id;

    public SelectOneMenu(Pages pages, String id) {
        this.pages = pages;
        this.id = id;
    }

    public void select(String label) {
        ((JavascriptExecutor) pages.driver()).executeScript(
                "var input = document.getElementById(arguments[0] + '_input');"
                        + "var option = Array.from(input.options).find(o => o.text === arguments[1]);"
                        + "if (!option) { throw new Error('no option ' + arguments[1] + ' in ' + arguments[0]); }"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
                id, label);
        pages.waitForPage();
    }
}
