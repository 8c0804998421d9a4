package cn.kesu.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report of tables — the 客诉案件统计表, the 客户投诉处理年报表, the 人事公布单 — one titled table per
 * section, in the copies given. The business layer decides the figures and their words; this class
 * only lays them out.
 */
public class ReportPdf extends PdfDocument {

    /** One table: its heading, column headings and rows of cells already written as text. */
    public record Section(String heading, List<String> columns, List<List<String>> rows) {
    }

    private final String title;
    private final String subtitle;
    private final String watermark;
    private final List<String> copies;
    private final List<Section> sections = new ArrayList<>();

    public ReportPdf(String title, String subtitle, String watermark, List<String> copies) {
        this.title = title;
        this.subtitle = subtitle;
        this.watermark = watermark;
        this.copies = List.copyOf(copies);
    }

    public ReportPdf section(String heading, List<String> columns, List<List<String>> rows) {
        sections.add(new Section(heading, List.copyOf(columns), List.copyOf(rows)));
        return this;
    }

    @Override
    protected List<String> copies() {
        return copies;
    }

    @Override
    protected String title() {
        return title;
    }

    @Override
    protected String subtitle() {
        return subtitle;
    }

    @Override
    protected String watermark() {
        return watermark;
    }

    @Override
    protected Map<String, String> info() {
        return Map.of("kesu-report", title);
    }

    @Override
    protected void body(Document document) throws DocumentException {
        for (Section section : sections) {
            document.add(section(section.heading()));
            PdfPTable table = new PdfPTable(section.columns().size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(false);
            section.columns().forEach(column -> table.addCell(label(column)));
            if (section.rows().isEmpty()) {
                table.addCell(value("—"));
                table.completeRow();
            }
            for (List<String> row : section.rows()) {
                row.forEach(cell -> table.addCell(value(cell)));
                table.completeRow();
            }
            document.add(table);
        }
    }
}
