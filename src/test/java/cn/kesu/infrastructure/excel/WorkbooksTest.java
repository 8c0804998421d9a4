package cn.kesu.infrastructure.excel;

import cn.kesu.infrastructure.excel.Workbooks.SheetRows;
import cn.kesu.infrastructure.excel.Workbooks.TextRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The company's lists as Excel rows of text: written and read back, numbers as Excel shows them, blank rows skipped. */
class WorkbooksTest {

    @Test
    void aWrittenWorkbookReadsBackRowForRowInChinese() throws Exception {
        byte[] xlsx = Workbooks.write(List.of(new SheetRows("客户", List.of("代码", "名称"),
                List.of(new TextRow(0, List.of("C001", "华联百货")), new TextRow(0, List.of("C002", "永辉商贸"))))));
        List<SheetRows> read = Workbooks.read(xlsx);
        assertEquals(1, read.size());
        assertEquals("客户", read.get(0).name());
        assertEquals(List.of("代码", "名称"), read.get(0).header());
        assertEquals(List.of(new TextRow(2, List.of("C001", "华联百货")), new TextRow(3, List.of("C002", "永辉商贸"))),
                read.get(0).rows());
    }

    @Test
    void numbersReadAsShownBlankRowsAreSkippedAndRowsKeepTheirExcelNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("客户");
            sheet.createRow(0).createCell(0).setCellValue("代码");
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue(" C009 ");
            row.createCell(3).setCellValue(0.03);
            sheet.createRow(4).createCell(1).setCellValue("");
            workbook.write(out);
            TextRow read = Workbooks.read(out.toByteArray()).get(0).rows().get(0);
            assertEquals(4, read.number());
            assertEquals("C009", read.cell(0));
            assertEquals("", read.cell(1));
            assertEquals("0.03", read.cell(3));
            assertEquals("", read.cell(9));
            assertEquals(1, Workbooks.read(out.toByteArray()).get(0).rows().size());
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThrows(UnreadableWorkbookException.class,
                () -> Workbooks.read("代码,名称\nC001,华联百货\n".getBytes(StandardCharsets.UTF_8)));
    }
}
