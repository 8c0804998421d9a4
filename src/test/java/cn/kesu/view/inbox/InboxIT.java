package cn.kesu.view.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import cn.kesu.support.widgets.DataTable;
import cn.kesu.support.WebClient;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.util.Map;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QA's inbox in headless Chromium, on the demo data (its overdue QA steps got their 催办单 when the
 * demo was loaded): the unread count in the menu, acknowledging and answering a reminder, the Excel
 * export of the list.
 */
class InboxIT extends BrowserTest {

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    /** Reminders are issued on working days only: on a weekend the demo loaded that morning has none yet. */
    @BeforeEach
    void demoRemindersOfTheLastWorkingDay() throws Exception {
        assertEquals(200, new WebClient(base).get("test/demo-reminders").statusCode());
    }

    @Test
    void qaAcknowledgesAndAnswersAReminderAndExportsTheList() throws Exception {
        Pages pages = as("qa");
        int unread = unread(pages);
        assertTrue(unread > 0, pages.menuLabels().toString());

        pages.open("app/inbox.xhtml");
        // The first reminder not yet acknowledged (other tests may have acknowledged some).
        DataTable reminders = pages.table("inbox:tabs:reminders");
        String ack = reminders.all(":ack").get(0).getAttribute("id");
        String row = ack.substring(0, ack.length() - ":ack".length());
        String number = pages.driver().findElement(By.xpath("//button[@id='" + ack + "']/ancestor::tr/td[1]")).getText();
        assertTrue(number.startsWith("CB"), number);
        pages.click(ack);
        assertTrue(pages.bodyText().contains(Texts.zh("inbox.acknowledgeDone")), pages.bodyText());
        assertEquals(unread - 1, unread(pages), "one fewer waiting in the menu");

        // Acknowledged, it stays in the open list at the same place until answered.
        pages.click(row + ":answer");
        pages.waitForVisible(By.id("answerForm:text"));
        pages.type("answerForm:text", "样品已到，明日提交调查报告 <b>");
        pages.click("answerForm:save");
        assertTrue(pages.bodyText().contains(Texts.zh("inbox.answered")), pages.bodyText());
        // Open only: the answered reminder left the list; shown with all, its answer is there, escaped.
        pages.checkbox("inbox:openOnly").click();
        pages.click("inbox:filter");
        assertTrue(pages.bodyText().contains("样品已到，明日提交调查报告 <b>"), "answer shown as text");

        Path exported = pages.download("inbox:tabs:remindersExcel", "reminders.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals(Texts.zh("inbox.number"), cells.formatCellValue(sheet.getRow(0).getCell(0)));
            assertTrue(sheet.getLastRowNum() >= 1);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= number.equals(cells.formatCellValue(sheet.getRow(r).getCell(0)))
                        && "样品已到，明日提交调查报告 <b>".equals(cells.formatCellValue(sheet.getRow(r).getCell(9)));
            }
            assertTrue(found, "the answered reminder is in the export with its answer");
        }
    }

    @Test
    void qaPausesTheClockOfACaseWaitingForTheCustomerAndResumesIt() throws Exception {
        // A case of this test's own at QA, so its clock runs when the test starts.
        String id = new WebClient(base).post("test/case", Map.of("at", "qa")).body().strip();
        Pages pages = as("qa");
        pages.open("app/complaints/case.xhtml?id=" + id);
        assertFalse(pages.present("clock:resume"), "a fresh case's clock runs");

        pages.type("clock:pauseReason", "客户样品尚未寄到 <i>");
        pages.click("clock:pause");
        assertTrue(pages.bodyText().contains(Texts.zh("clock.paused")), pages.bodyText());
        String state = pages.text("clockState");
        assertTrue(state.startsWith(Texts.zh("clock.pausedSince")), state);
        assertTrue(pages.text("clock:pauses").contains("客户样品尚未寄到 <i>"),
                "the pause and its reason are shown, escaped");

        pages.click("clock:resume");
        assertTrue(pages.bodyText().contains(Texts.zh("clock.resumed")), pages.bodyText());
        assertEquals(Texts.zh("clock.running"), pages.text("clockState"));
    }

    private static int unread(Pages pages) {
        String label = pages.menuLabels().stream().filter(l -> l.startsWith(Texts.zh("menu.inbox"))).findFirst()
                .orElseThrow();
        Matcher count = COUNT.matcher(label);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }
}
