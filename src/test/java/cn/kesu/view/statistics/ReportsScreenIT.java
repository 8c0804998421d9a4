package cn.kesu.view.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import cn.kesu.support.widgets.DataTable;
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
        DataTable pareto = pages.table("stats:pareto");
        String counted = pareto.cell(0, 1);
        pareto.click(0, ":drill");

        assertTrue(pages.arrivesAt("app/statistics/cases.xhtml"), pages.path());
        DataTable drill = pages.table("drill:table");
        assertEquals(Integer.parseInt(counted), drill.size(), "as many cases as the figure counts");
        assertTrue(pages.text("what").contains(LAST_MONTH.toString()));
        String number = drill.in(0, ":open").getText().strip();
        String step = drill.cell(0, 3);
        assertTrue(List.of(Texts.zh("step.CLOSED"), Texts.zh("step.INVALID")).contains(step), "a month's closed case: " + step);
        drill.click(0, ":open");
        assertEquals(number, pages.text("caseNumber"), "the case of the line");
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
        assertEquals(12, pages.table("yearly:months").size());
        Path exported = pages.download("yearly:monthsExcel", "yearly-months.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals(12, sheet.getLastRowNum(), "a row per month");
            String cases = cells.formatCellValue(sheet.getRow(LAST_MONTH.getMonthValue()).getCell(1));
            assertTrue(Integer.parseInt(cases) >= 2, "last month has the demo's closed cases: " + cases);
        }
        assertFalse(pages.driver().findElement(By.id("pdf")).getAttribute("href").isBlank());

        // The view keeps only the year: an export after 查询 reads the year typed, not the one the page opened on.
        int yearBefore = LAST_MONTH.getYear() - 1;
        pages.type("yearly:year", String.valueOf(yearBefore));
        pages.click("yearly:show");
        // (A full postback: the old page answers until the new one replaces it.)
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
                .until(d -> pages.text("yearly:months:0:month").equals(yearBefore + "-01"));
        exported = pages.download("yearly:monthsExcel", "yearly-months.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exported))) {
            DataFormatter cells = new DataFormatter();
            assertEquals(yearBefore + "-12", cells.formatCellValue(workbook.getSheetAt(0).getRow(12).getCell(0)));
        }
    }

    @Test
    void theGmOfficeProposesAPenaltyNoticeTheGmApprovesItAndItPrints() throws Exception {
        Pages pages = as("gm-office");
        pages.open("app/statistics/penalties.xhtml");
        assertTrue(pages.table("propose:candidates").size() >= 2, "last month's closed cases");
        pages.checkbox("propose:cases").click();
        pages.selectOneMenu("propose:sanction").select(Texts.zh("sanction.WARNING"));
        pages.type("propose:person", "赵六");
        pages.type("propose:amount_input", "200");
        pages.type("propose:reason", "烘烤温度未按规定点检 <b>");
        pages.click("propose:submit");
        assertTrue(pages.bodyText().contains(Texts.zh("penalty.proposed")), pages.errorMessages().toString());
        assertTrue(pages.text("notices").contains(Texts.zh("penaltyStatus.PROPOSED")));

        pages = as("gm");
        pages.open("app/statistics/penalties.xhtml");
        List<WebElement> forms = pages.driver().findElements(By.cssSelector("form[id$=':decide']"));
        String form = forms.get(forms.size() - 1).getAttribute("id");
        pages.type(form + ":password", DemoUser.PASSWORD);
        pages.click(form + ":approve");
        assertTrue(pages.bodyText().contains(Texts.zh("penalty.approved")), pages.errorMessages().toString());
        String notices = pages.text("notices");
        assertTrue(notices.contains(Texts.zh("penaltyStatus.APPROVED")) && notices.contains("烘烤温度未按规定点检 <b>"), notices);
        assertTrue(pages.text("hr:hrList").contains(Texts.zh("sanction.WARNING")));

        List<WebElement> links = pages.driver().findElements(By.cssSelector("#notices a[id$=':pdf']"));
        WebElement link = links.get(links.size() - 1);
        String number = link.getText();
        String id = link.getAttribute("href").replaceAll(".*/(\\d+)\\.pdf$", "$1");
        byte[] bytes = Files.readAllBytes(pages.download(link, "kesu-penalty-" + id + ".pdf"));
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"), number);
        assertEquals(3, cn.kesu.infrastructure.pdf.PdfVerifier.pages(bytes), "three copies");
        assertTrue(cn.kesu.infrastructure.pdf.PdfVerifier.text(bytes).contains("奖罚通知单"));
    }
}
