package cn.kesu.view.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.pdf.PdfVerifier;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import cn.kesu.support.widgets.DataTable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The auditor's round in headless Chromium: find a closed case on the ledger, download its signed
 * slip through the page's link, and check the file on the audit page.
 */
class AuditorIT extends BrowserTest {

    @Test
    void auditorFindsAClosedCaseDownloadsItsSignedSlipAndVerifiesIt() throws Exception {
        Pages pages = as("auditor");
        assertTrue(pages.menuLabels().contains(Texts.zh("menu.audit")), pages.menuLabels().toString());

        pages.open("app/complaints/ledger.xhtml");
        pages.selectOneMenu("list:step").select(Texts.zh("step.CLOSED"));
        pages.click("list:search");
        DataTable ledger = pages.table("list:table");
        String href = ledger.rows().get(0).findElement(By.cssSelector("a.kesu-pdf")).getAttribute("href");
        String firstNumber = ledger.in(0, ":open").getText();

        Path exported = pages.download("list:excel", "ledger.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            var cells = new org.apache.poi.ss.usermodel.DataFormatter();
            assertEquals(Texts.zh("slip.number"), cells.formatCellValue(sheet.getRow(0).getCell(0)));
            assertEquals(firstNumber, cells.formatCellValue(sheet.getRow(1).getCell(0)), "the ledger's rows, filtered");
            // Each column exports the text its cell shows (the cells are plain EL text with an exportValue each).
            List<WebElement> shown = ledger.rows().get(0).findElements(By.tagName("td"));
            for (int c = 0; c <= 10; c++) {
                assertEquals(shown.get(c).getText().strip(), cells.formatCellValue(sheet.getRow(1).getCell(c)).strip(),
                        "column " + c);
            }
            assertTrue(cells.formatCellValue(sheet.getRow(1).getCell(7)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                    "accepted at, in the company's time zone");
            assertTrue(sheet.getLastRowNum() >= 1);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals(Texts.zh("step.CLOSED"), cells.formatCellValue(sheet.getRow(r).getCell(3)));
            }
        }

        Cookie session = pages.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(PdfVerifier.signatureValid(download.body()), "a valid signed PDF");
        assertTrue(PdfVerifier.text(download.body()).contains("客户抱怨处理表"));

        Path file = Files.createTempFile("kesu-slip-", ".pdf");
        Files.write(file, download.body());
        pages.open("app/audit/slips.xhtml");
        pages.driver().findElement(By.id("verify:file_input")).sendKeys(file.toAbsolutePath().toString());
        pages.waitForVisible(By.id("signatureResult"));
        pages.waitForPage();
        assertTrue(pages.bodyText().contains(Texts.zh("audit.valid")), pages.bodyText());
        assertTrue(pages.text("downloads").contains("auditor"), "the download is logged");
    }
}
