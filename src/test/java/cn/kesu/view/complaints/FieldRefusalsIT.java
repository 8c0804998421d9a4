package cn.kesu.view.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, item 13.2, through the screen: input is refused, never changed silently. A 10,000-character remark is
 * not cut to the field's 2,000 and a negative quantity is not turned into 0; each is refused with its reason
 * beside the field, which is highlighted, and nothing is filed.
 */
class FieldRefusalsIT extends BrowserTest {

    @Test
    void aTooLongRemarkAndANegativeQuantityAreRefusedBesideTheirFields() {
        Pages pages = as("business");
        pages.open("app/complaints/new.xhtml");
        pages.selectOneMenu("slip:customer").select("C001 华联百货");
        pages.type("slip:contact", "王经理");
        pages.datePicker("slip:receivedAt").type("2026-11-20 09:30");
        pages.type("slip:partNo", "CUP-LONG-01");
        pages.type("slip:quantityShipped_input", "500");
        pages.type("slip:defectQuantity_input", "-5");
        pages.checkbox("slip:requests", Texts.zh("request.RETURN")).click();
        pages.type("slip:description", "杯口有毛刺");
        String remark = "客户来电说明情况。".repeat(1100);
        ((JavascriptExecutor) pages.driver()).executeScript(
                "document.getElementById('slip:remark').value = arguments[0]", remark);
        pages.click("slip:create");

        assertTrue(pages.path().endsWith("new.xhtml"), "still the form: " + pages.path());
        String remarkRefusal = beside(pages, "slip:remark");
        assertTrue(remarkRefusal.contains("2000"), remarkRefusal);
        assertTrue(highlighted(pages, "slip:remark"), "the remark is highlighted");
        assertEquals(remark.length(), pages.driver().findElement(By.id("slip:remark")).getAttribute("value").length(),
                "the text is kept whole, not cut");

        String quantityRefusal = beside(pages, "slip:defectQuantity");
        assertTrue(!quantityRefusal.isBlank(), "the quantity's own refusal");
        assertEquals("-5", pages.driver().findElement(By.id("slip:defectQuantity_input")).getAttribute("value")
                .replace(",", ""), "the negative number is shown as entered, not turned into 0");
        assertTrue(pages.errorMessages().stream().anyMatch(m -> m.contains("2000")), "and in the page's list");
    }

    /** The text of the message right after the field. */
    private static String beside(Pages pages, String fieldId) {
        WebElement next = pages.driver().findElement(By.cssSelector(Pages.css(fieldId) + " + .ui-message"));
        return next.getText();
    }

    private static boolean highlighted(Pages pages, String fieldId) {
        return pages.driver().findElement(By.id(fieldId)).getAttribute("class").contains("ui-state-error");
    }
}
