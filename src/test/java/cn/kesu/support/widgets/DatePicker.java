package cn.kesu.support.widgets;

import cn.kesu.support.Pages;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A PrimeFaces {@code p:datePicker}. Fills its text field by script, as typing opens its calendar panel,
 * which then may cover the next field. The server parses the text with the picker's pattern as usual.
 */
public final class DatePicker {

    private final Pages pages;
    private final String id;

    public DatePicker(Pages pages, String id) {
        this.pages = pages;
        this.id = id;
    }

    public void type(String text) {
        ((JavascriptExecutor) pages.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id + "_input", text);
    }
}
