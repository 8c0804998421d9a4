package cn.kesu.view.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The GM office's 客诉案件统计表 in headless Chromium, on the demo data (its cases closed over the last
 * weeks): charts drawn, figures shown, the month's report generated and confirmed, the Pareto exported.
 */
class StatisticsScreenIT extends BrowserTest {

    @Test
    void gmOfficeReviewsConfirmsAndExportsTheMonthsStatistics() throws Exception {
        Pages pages = as("gm-office");
        assertTrue(pages.menuLabels().contains(Texts.zh("menu.statistics")), pages.menuLabels().toString());
        pages.open("app/statistics/monthly.xhtml");

        // The demo closes two cases in the middle of last month, whatever day it is loaded.
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        pages.type("stats:month", month);
        pages.click("stats:show");
        int cases = cases(pages);
        assertTrue(cases >= 2, pages.bodyText());
        assertEquals(3, pages.driver().findElements(By.cssSelector("canvas")).size(), "three charts drawn");

        pages.click("stats:generate");
        assertTrue(pages.bodyText().contains(Texts.zh("statistics.generated").replace("{0}", month)), pages.bodyText());
        pages.click("stats:confirm");
        assertTrue(pages.bodyText().contains(Texts.zh("statistics.confirmed").replace("{0}", month)), pages.bodyText());
        assertFalse(pages.present("stats:confirm"), "nothing left to confirm");
        assertTrue(pages.text("snapshotState").contains("gm-office"));
        assertEquals(cases, cases(pages), "the snapshot shows the figures it froze");

        // Confirmed after the month ended: the month opens on its snapshot; 即时数据 computes it again.
        pages.open("app/statistics/monthly.xhtml?month=" + month);
        assertEquals(Texts.zh("statistics.snapshot"), shownSource(pages), "a final month opens on its snapshot");
        assertEquals(cases, cases(pages));
        pages.driver().findElement(By.xpath("//*[@id='stats:source']//*[text()='" + Texts.zh("statistics.live") + "']")).click();
        pages.click("stats:show");
        assertEquals(Texts.zh("statistics.live"), shownSource(pages));
        assertEquals(cases, cases(pages), "nothing changed since it was confirmed");

        Path exported = pages.download("stats:paretoExcel", "pareto.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals(Texts.zh("statistics.cumulative"), cells.formatCellValue(sheet.getRow(0).getCell(3)));
            String last = cells.formatCellValue(sheet.getRow(sheet.getLastRowNum()).getCell(3));
            assertEquals(100.0, Double.parseDouble(last), 0.001, "影响度 ends at 100 %");
        }
    }

    private static String shownSource(Pages pages) {
        return pages.driver().findElement(By.cssSelector("[id='stats:source'] .ui-state-active")).getText().trim();
    }

    private static int cases(Pages pages) {
        return Integer.parseInt(pages.table("stats:totals").cell(0, 1));
    }
}
