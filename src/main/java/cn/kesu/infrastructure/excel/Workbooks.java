package cn.kesu.infrastructure.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An .xlsx workbook as sheets of text rows: every cell as Excel shows it (a number as its displayed text), so the
 * rules that check the rows see what the user saw. The first row of each sheet is its header.
 */
public final class Workbooks {

    /** The most rows a sheet may have: a company's lists run to thousands, not millions. */
    public static final int MAX_ROWS = 20_000;
    /** The columns read of each row: the lists have five; a cell far to the right is not read at all. */
    public static final int MAX_COLUMNS = 10;
    private static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    private Workbooks() {
    }

    /** One sheet: its name, its header and its other rows (blank rows left out). */
    public record SheetRows(String name, List<String> header, List<TextRow> rows) {
    }

    /** A row as the user numbers it in Excel (the header is row 1), and its cells' text, stripped. */
    public record TextRow(int number, List<String> cells) {

        /** The cell at {@code index}, "" where the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The sheets of an .xlsx file; anything that is not one, or is too large, is refused. */
    public static List<SheetRows> read(byte[] xlsx) throws UnreadableWorkbookException {
        // POI's guard against zip bombs keeps its default inflate ratio; no part of a list's workbook is larger than this.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        DataFormatter formatter = new DataFormatter();
        List<SheetRows> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    throw new UnreadableWorkbookException("sheet " + sheet.getSheetName() + " has too many rows");
                }
                List<String> header = List.of();
                List<TextRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum())); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                    if (row.getRowNum() == 0) {
                        header = cells;
                    } else if (cells.stream().anyMatch(text -> !text.isEmpty())) {
                        rows.add(new TextRow(row.getRowNum() + 1, cells));
                    }
                }
                sheets.add(new SheetRows(sheet.getSheetName(), header, rows));
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(e.toString());
        }
        return sheets;
    }

    /** An .xlsx file of these sheets, each with its header in bold. */
    public static byte[] write(List<SheetRows> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetRows rows : sheets) {
                Sheet sheet = workbook.createSheet(rows.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < rows.header().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(rows.header().get(i));
                    cell.setCellStyle(bold);
                }
                int next = 1;
                for (TextRow row : rows.rows()) {
                    Row line = sheet.createRow(next++);
                    for (int i = 0; i < row.cells().size(); i++) {
                        line.createCell(i).setCellValue(row.cells().get(i));
                    }
                }
                for (int i = 0; i < rows.header().size(); i++) {
                    sheet.setColumnWidth(i, 20 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
