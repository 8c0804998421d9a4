package cn.kesu.view.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.Browser;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The reports in headless Chromium on the demo data (two of its cases closed last month): drilling
 * from a Pareto line to its cases, the yearly report with its trend charts and export, and a 奖罚通知单
 * proposed by the GM office and approved by the gm, then printed.
 */
class ReportsScreenIT extends BrowserTest {

    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

    @Test
    void aParetoLineOpensTheCasesItCounts() {
        Pages pages = as("gm-office");
        pages.open("app/statistics/monthly.xhtml?month=" + LAST_MONTH);
        WebElement line = pages.driver().findElement(By.cssSelector("#stats\\:pareto_data tr:first-child a[id$=':drill']"));
        String counted = pages.driver().findElement(By.cssSelector("#stats\\:pareto_data tr:first-child td:nth-child(2)"))
                .getText().strip();
        line.click();
        pages.waitForPage();

        assertTrue(pages.path().startsWith("app/statistics/cases.xhtml"), pages.path());
        List<WebElement> rows = pages.driver().findElements(By.cssSelector("#drill\\:table_data tr a[id$=':open']"));
        assertEquals(Integer.parseInt(counted), rows.size(), "as many cases as the figure counts");
        assertTrue(pages.driver().findElement(By.id("what")).getText().contains(LAST_MONTH.toString()));
        String number = rows.get(0).getText().strip();
        String step = pages.driver().findElement(By.cssSelector("#drill\\:table_data tr:first-child td:nth-child(4)"))
                .getText().strip();
        assertTrue(List.of(Texts.zh("step.CLOSED"), Texts.zh("step.INVALID")).contains(step), "a month's closed case: " + step);
        rows.get(0).click();
        pages.waitForPage();
        assertEquals(number, pages.driver().findElement(By.id("caseNumber")).getText().strip(), "the case of the line");
        assertEquals(step, pages.driver().findElement(By.cssSelector("#status .ui-panel-title")).getText().strip());
    }

    @Test
    void theYearlyReportShowsTheTrendAndExportsTheMonths() throws Exception {
        Pages pages = as("gm");
        assertTrue(pages.menuLabels().contains(Texts.zh("menu.yearly")), pages.menuLabels().toString());
        pages.open("app/statistics/yearly.xhtml");
        pages.type("yearly:year", String.valueOf(LAST_MONTH.getYear()));
        pages.click("yearly:show");

        assertTrue(pages.driver().findElements(By.cssSelector("canvas")).size() >= 2, "trend charts drawn");
        assertEquals(12, pages.driver().findElements(By.cssSelector("#yearly\\:months_data tr")).size());
        Path exported = Browser.downloads().resolve("yearly-months.xlsx");
        Files.deleteIfExists(exported);
        pages.driver().findElement(By.id("yearly:monthsExcel")).click();
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(exported));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals(12, sheet.getLastRowNum(), "a row per month");
            String cases = cells.formatCellValue(sheet.getRow(LAST_MONTH.getMonthValue()).getCell(1));
            assertTrue(Integer.parseInt(cases) >= 2, "last month has the demo's closed cases: " + cases);
        }
        assertFalse(pages.driver().findElement(By.id("pdf")).getAttribute("href").isBlank());
    }

    @Test
    void theGmOfficeProposesAPenaltyNoticeTheGmApprovesItAndItPrints() throws Exception {
        Pages pages = as("gm-office");
        pages.open("app/statistics/penalties.xhtml");
        assertTrue(pages.driver().findElements(By.cssSelector("#propose\\:candidates_data tr")).size() >= 2,
                "last month's closed cases");
        ((org.openqa.selenium.JavascriptExecutor) pages.driver()).executeScript("arguments[0].click();",
                pages.driver().findElement(By.cssSelector("#propose\\:cases .ui-chkbox-box")));
        pages.selectOne("propose:sanction", Texts.zh("sanction.WARNING"));
        pages.type("propose:person", "赵六");
        pages.type("propose:amount_input", "200");
        pages.type("propose:reason", "烘烤温度未按规定点检 <b>");
        pages.click("propose:submit");
        assertTrue(pages.bodyText().contains(Texts.zh("penalty.proposed")), pages.errorMessages().toString());
        assertTrue(pages.driver().findElement(By.id("notices")).getText().contains(Texts.zh("penaltyStatus.PROPOSED")));

        pages = as("gm");
        pages.open("app/statistics/penalties.xhtml");
        List<WebElement> forms = pages.driver().findElements(By.cssSelector("form[id$=':decide']"));
        String form = forms.get(forms.size() - 1).getAttribute("id");
        pages.type(form + ":password", DemoUser.PASSWORD);
        pages.click(form + ":approve");
        assertTrue(pages.bodyText().contains(Texts.zh("penalty.approved")), pages.errorMessages().toString());
        String notices = pages.driver().findElement(By.id("notices")).getText();
        assertTrue(notices.contains(Texts.zh("penaltyStatus.APPROVED")) && notices.contains("烘烤温度未按规定点检 <b>"), notices);
        assertTrue(pages.driver().findElement(By.id("hr:hrList")).getText().contains(Texts.zh("sanction.WARNING")));

        List<WebElement> links = pages.driver().findElements(By.cssSelector("#notices a[id$=':pdf']"));
        String number = links.get(links.size() - 1).getText();
        String id = links.get(links.size() - 1).getAttribute("href").replaceAll(".*/(\\d+)\\.pdf$", "$1");
        Path pdf = Browser.downloads().resolve("kesu-penalty-" + id + ".pdf");
        Files.deleteIfExists(pdf);
        links.get(links.size() - 1).click();
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(pdf) && pdf.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"), number);
        assertEquals(3, cn.kesu.infrastructure.pdf.PdfVerifier.pages(bytes), "three copies");
        assertTrue(cn.kesu.infrastructure.pdf.PdfVerifier.text(bytes).contains("奖罚通知单"));
    }
}
