package cn.kesu.infrastructure.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A form the company prints in several copies (联): one page set per copy, the copy's name in the
 * header and footer of each of its pages, an optional watermark. Subclasses write the body once;
 * long texts flow onto further pages rather than being cut.
 */
public abstract class PdfDocument {

    protected static final Font TITLE = CjkFont.bold(16);
    protected static final Font HEADING = CjkFont.bold(11);
    protected static final Font LABEL = CjkFont.of(8.5f);
    protected static final Font TEXT = CjkFont.of(9.5f);

    private String currentCopy;

    /** The copies, e.g. "第一联 质量管理部"; at least one. */
    protected abstract List<String> copies();

    /** The document's title, e.g. 客户抱怨处理表. */
    protected abstract String title();

    /** The company and number line under the title. */
    protected abstract String subtitle();

    /** Text drawn across every page, or null. */
    protected String watermark() {
        return null;
    }

    /** Entries for the document information dictionary, e.g. the case and version the slip shows. */
    protected java.util.Map<String, String> info() {
        return java.util.Map.of();
    }

    /** Writes the body of one copy. */
    protected abstract void body(Document document) throws DocumentException;

    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 54, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new CopyMarks());
            document.addTitle(title());
            document.addCreator("客诉 Kesu");
            info().forEach(document::addHeader);
            document.open();
            boolean first = true;
            for (String copy : copies()) {
                // The previous copy's last page ends (and gets its marks) before the label changes.
                if (!first) {
                    document.newPage();
                }
                currentCopy = copy;
                first = false;
                Paragraph heading = new Paragraph(title(), TITLE);
                heading.setAlignment(Element.ALIGN_CENTER);
                document.add(heading);
                Paragraph sub = new Paragraph(subtitle(), TEXT);
                sub.setAlignment(Element.ALIGN_CENTER);
                sub.setSpacingAfter(8);
                document.add(sub);
                body(document);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + title(), e);
        }
        return out.toByteArray();
    }

    /** A table of label/value pairs, {@code pairs} per row. */
    protected static PdfPTable fields(int pairs, String... labelsAndValues) {
        float[] widths = new float[pairs * 2];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? 1f : 2f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            table.addCell(label(labelsAndValues[i]));
            table.addCell(value(labelsAndValues[i + 1]));
        }
        table.completeRow();
        return table;
    }

    /** A titled block of free text that may run over several pages. */
    protected static PdfPTable textBlock(String heading, String text) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSplitRows(true);
        table.addCell(label(heading));
        table.addCell(value(text));
        return table;
    }

    protected static Paragraph section(String heading) {
        Paragraph paragraph = new Paragraph(heading, HEADING);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    protected static PdfPCell label(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, LABEL));
        cell.setBackgroundColor(new java.awt.Color(0xF1, 0xF3, 0xF5));
        cell.setPadding(3);
        return cell;
    }

    protected static PdfPCell value(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, TEXT));
        cell.setPadding(3);
        return cell;
    }

    /** Copy name at the top right and bottom, page number, watermark. */
    private final class CopyMarks extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(currentCopy, LABEL),
                    document.right(), document.top() + 20, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    new Phrase(currentCopy + "  ·  " + writer.getPageNumber(), LABEL),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
            String mark = watermark();
            if (mark != null) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.12f);
                under.setGState(faint);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(new Chunk(mark, CjkFont.bold(60))),
                        (document.left() + document.right()) / 2, (document.top() + document.bottom()) / 2, 45);
                under.restoreState();
            }
        }
    }
}
