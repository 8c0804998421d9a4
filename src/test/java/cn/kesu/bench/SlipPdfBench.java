package cn.kesu.bench;

import cn.kesu.infrastructure.pdf.ComplaintSlipPdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.SlipDetails;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Slips per second, five copies, unsigned and signed, next to OpenPDF writing one bare page with the
 * same embedded font in the same run (the limit). No server needed; runs with -Pbench. Each measure
 * warms up first, so the JIT has compiled the renderer before timing starts.
 */
class SlipPdfBench {

    @Test
    void slipsPerSecond() throws Exception {
        Complaint complaint = Complaint.draft(new Customer("C001", "华联百货", false), null,
                new SlipDetails("王经理", Channel.PHONE, Instant.now(), "PO-1", "CUP-500", LocalDate.now(), 1000, 35,
                        Set.of(CustomerRequest.RETURN, CustomerRequest.ALLOWANCE), false,
                        "杯身喷漆起泡，批次 B2611 共 35 只。".repeat(20), true, Category.QUALITY, "请尽快处理", null, null),
                "business", Instant.now());
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        PdfSigning signing = new PdfSigning(new cn.kesu.infrastructure.pdf.InMemoryDemoKey());
        byte[] font;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            font = in.readAllBytes();
        }
        BaseFont base = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);

        Measure unsigned = Measure.of(150, 200, () -> new ComplaintSlipPdf(complaint, List.of(), "客诉示范", zone).render());
        Measure signed = Measure.of(150, 200, () -> signing.sign(
                new ComplaintSlipPdf(complaint, List.of(), "客诉示范", zone).render(), "bench"));
        Measure bare = Measure.of(150, 200, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("客户抱怨处理表 第一联 质量管理部", new Font(base, 12)));
            document.close();
            return out.toByteArray();
        });
        int size = new ComplaintSlipPdf(complaint, List.of(), "客诉示范", zone).render().length;
        print(String.format("slip five copies unsigned: %.1f slips/s, median %.1f ms, p95 %.1f ms (bare OpenPDF page: %.1f pages/s, median %.1f ms, ratio %.2f x)",
                1000 / unsigned.median(), unsigned.median(), unsigned.p95(), 1000 / bare.median(), bare.median(), unsigned.median() / bare.median()));
        print(String.format("slip five copies signed: %.1f slips/s, median %.1f ms, p95 %.1f ms (bare OpenPDF page: %.1f pages/s, median %.1f ms, ratio %.2f x)",
                1000 / signed.median(), signed.median(), signed.p95(), 1000 / bare.median(), bare.median(), signed.median() / bare.median()));
        print("slip five copies size: " + size + " bytes (font subset embedded)");
    }

    private static void print(String line) {
        System.out.println("BENCH " + line);
    }
}
