package cn.kesu.view.admin;

import cn.kesu.infrastructure.excel.Workbooks;
import cn.kesu.infrastructure.excel.Workbooks.SheetRows;
import cn.kesu.infrastructure.excel.Workbooks.TextRow;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 目录导入, driven in headless Chromium: a refused file shows why row by row and imports nothing; a good one imports. */
class CatalogImportScreenIT extends BrowserTest {

    @Test
    void theAdministratorPreviewsAWorkbookAndImportsItOnlyWhenNoRowIsRefused() throws Exception {
        String code = "W" + System.currentTimeMillis() % 1_000_000;
        Pages pages = as("admin");
        pages.open("app/admin/catalogs.xhtml");

        choose(pages, workbook("坏名单.xlsx", new TextRow(0, List.of(code, "华东五金", "否", "150%", "是"))));
        assertTrue(pages.text("transfer:preview").contains(Texts.zh("catalog.import.ratio", "150%")),
                pages.text("transfer:preview"));
        assertTrue(pages.text("transfer:preview").contains(Texts.zh("catalog.import.nothingStored")));
        assertFalse(pages.present("transfer:import"), "no import while a row is refused");

        choose(pages, workbook("客户名单.xlsx", new TextRow(0, List.of(code, "华东五金", "否", "3%", "是"))));
        assertTrue(pages.text("transfer:preview").contains(Texts.zh("catalog.import.summary", "客户名单.xlsx", 1, 0, 0, 0)),
                pages.text("transfer:preview"));
        pages.click("transfer:import");
        assertTrue(pages.bodyText().contains(Texts.zh("catalog.import.done", 1, 0, 0)), pages.bodyText());
    }

    /** 料号: added with its unit price, the price changed in its row, deactivated. */
    @Test
    void theAdministratorKeepsPartNumbersWithTheirUnitPrices() {
        String partNo = "PN-" + System.currentTimeMillis() % 1_000_000 + "/B";
        Pages pages = as("admin");
        pages.open("app/admin/catalogs.xhtml");
        pages.type("parts:partNo", partNo);
        pages.type("parts:name", "杯盖");
        pages.type("parts:price_input", "12.5");
        pages.click("parts:add");
        assertTrue(pages.bodyText().contains(Texts.zh("catalog.added", partNo + " 杯盖")), pages.bodyText());

        WebElement row = pages.table("parts:table").rowContaining(partNo);
        assertTrue(row.getText().contains(partNo), row.getText());
        WebElement price = row.findElement(By.cssSelector("input[id$=':newPrice_input']"));
        assertEquals("12.5", price.getAttribute("placeholder"), "the price now, where a new one goes");
        price.sendKeys("13.75");
        row.findElement(By.cssSelector("[id$=':savePrice']")).click();
        pages.waitForPage();
        assertTrue(pages.bodyText().contains(Texts.zh("catalog.saved", partNo + " 杯盖")), pages.bodyText());
        assertEquals("13.75", pages.table("parts:table").rowContaining(partNo)
                .findElement(By.cssSelector("input[id$=':newPrice_input']")).getAttribute("placeholder")
                );

        pages.table("parts:table").rowContaining(partNo).findElement(By.cssSelector("[id$=':toggle']")).click();
        pages.waitForPage();
        assertTrue(pages.table("parts:table").hasRowWith(partNo, Texts.zh("catalog.activate")));
    }

    private static Path workbook(String name, TextRow row) throws Exception {
        Path file = Files.createTempDirectory("kesu-catalog").resolve(name);
        Files.write(file, Workbooks.write(List.of(new SheetRows("客户",
                List.of("代码", "名称", "国外客户", "超量允收比率", "启用"), List.of(row)))));
        return file;
    }

    private static void choose(Pages pages, Path file) {
        pages.driver().findElement(By.cssSelector("#transfer input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(pages.driver(), Duration.ofSeconds(30)).until(d -> pages.present("transfer:summary")
                && pages.text("transfer:summary").contains(file.getFileName().toString()));
    }
}
