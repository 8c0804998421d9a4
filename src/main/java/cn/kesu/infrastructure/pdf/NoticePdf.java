package cn.kesu.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-page notice of the deadline rules — 催办单 or 查办单 — in two copies (the addressed department's
 * and the GM office's): its fields as label/value pairs, then the department's answer as text.
 */
public class NoticePdf extends PdfDocument {

    private final String title;
    private final String number;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> copies = new ArrayList<>();
    private String watermark;

    public NoticePdf(String title, String number, List<String> copies) {
        this.title = title;
        this.number = number;
        this.copies.addAll(copies);
    }

    public NoticePdf field(String label, String value) {
        fields.put(label, value);
        return this;
    }

    public NoticePdf text(String heading, String text) {
        texts.put(heading, text == null ? "" : text);
        return this;
    }

    /** Across every page, e.g. 作废 on a voided document; none when null. */
    public NoticePdf watermark(String mark) {
        watermark = mark;
        return this;
    }

    @Override
    protected String watermark() {
        return watermark;
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
        return "编号 " + number;
    }

    @Override
    protected Map<String, String> info() {
        return Map.of("kesu-notice", number);
    }

    @Override
    protected void body(Document document) throws DocumentException {
        String[] pairs = new String[fields.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            pairs[i++] = field.getKey();
            pairs[i++] = field.getValue();
        }
        document.add(fields(2, pairs));
        for (Map.Entry<String, String> text : texts.entrySet()) {
            document.add(textBlock(text.getKey(), text.getValue()));
        }
    }
}
