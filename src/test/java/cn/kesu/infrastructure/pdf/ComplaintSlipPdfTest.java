package cn.kesu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.complaint.Ruling;
import cn.kesu.model.complaint.SlipDetails;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.model.user.Department;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

class ComplaintSlipPdfTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Signs with the demo key, which only a demo server makes: the demo switch for this class's JVM run. */
    @BeforeAll
    static void demoKeyUnderTarget() {
        System.setProperty("jboss.server.data.dir", "target/test-signing");
        System.setProperty("kesu.demo", "true");
    }

    @AfterAll
    static void noDemoSwitchForOtherTests() {
        System.clearProperty("kesu.demo");
    }

    @Test
    void slipHasTitleCustomerAndFiveCopiesInEmbeddedChinese() throws Exception {
        byte[] pdf = new ComplaintSlipPdf(draft("杯身喷漆起泡"), List.of(new ComplaintSlipPdf.AttachedFile("起泡.jpg", null)),
                "测试制造有限公司", SHANGHAI).render();

        String text = PdfVerifier.text(pdf);
        assertTrue(text.contains("客户抱怨处理表"));
        assertTrue(text.contains("测试制造有限公司"));
        assertTrue(text.contains("华联百货"));
        assertTrue(text.contains("杯身喷漆起泡"));
        assertTrue(text.contains("起泡.jpg"));
        for (String copy : ComplaintSlipPdf.COPIES) {
            assertTrue(text.contains(copy), copy);
        }
        assertTrue(text.contains("草稿"), "an unnumbered slip is marked as draft");
        assertEquals(5, PdfVerifier.pages(pdf), "one page per copy");
        assertTrue(pdf.length < 600_000, "the font is embedded as a subset: " + pdf.length + " bytes");
    }

    @Test
    void aLongDescriptionFlowsOntoFurtherPagesAndIsComplete() throws Exception {
        StringBuilder description = new StringBuilder();
        int n = 0;
        while (description.length() < 5000) {
            description.append("第").append(++n).append("段：杯身喷漆起泡，客户抽检发现附着力不足。");
        }
        byte[] pdf = new ComplaintSlipPdf(draft(description.toString()), List.of(), "测试制造有限公司", SHANGHAI).render();

        String text = PdfVerifier.text(pdf).replaceAll("\\s+", "");
        assertTrue(PdfVerifier.pages(pdf) >= 10, "each copy needs more than a page: " + PdfVerifier.pages(pdf));
        assertTrue(text.contains("第1段："));
        assertTrue(text.contains("第" + n + "段：杯身喷漆起泡，客户抽检发现附着力不足。"), "the last paragraph is there");
        for (int i = 1; i <= n; i++) {
            assertTrue(text.contains("第" + i + "段："), "paragraph " + i + " is there");
        }
    }

    @Test
    void signatureVerifiesAndOneChangedByteBreaksIt() throws Exception {
        byte[] signed = new PdfSigning(new InMemoryDemoKey()).sign(new ComplaintSlipPdf(draft("签章测试"), List.of(), "测试制造有限公司",
                SHANGHAI).render(), "测试");

        assertTrue(PdfVerifier.signatureValid(signed));
        assertEquals("ETSI.CAdES.detached", PdfVerifier.subFilter(signed));

        byte[] tampered = PdfVerifier.withOneSignedByteChanged(signed);
        assertTrue(PdfVerifier.text(tampered).contains("签章测试"), "the changed file is still a readable PDF");
        assertFalse(PdfVerifier.signatureValid(tampered));
    }

    @Test
    void theVerifierRefusesWhatIsNoSignedPdfInsteadOfCallingItTampered() throws Exception {
        byte[] unsigned = new ComplaintSlipPdf(draft("未签章"), List.of(), "测试制造有限公司", SHANGHAI).render();

        assertThrows(IOException.class, () -> PdfVerifier.signatureValid(unsigned));
        assertThrows(IOException.class, () -> PdfVerifier.signatureValid("not a pdf".getBytes(StandardCharsets.US_ASCII)));
    }

    private static Complaint draft(String description) {
        Customer customer = new Customer("C001", "华联百货", false);
        return Complaint.draft(customer, null, new SlipDetails("王经理", Channel.PHONE, Instant.parse("2026-11-20T02:00:00Z"),
                        "PO-1", "CUP-500", LocalDate.of(2026, 11, 1), 1000, 35, Set.of(CustomerRequest.RETURN), false,
                        description, true, Category.QUALITY, "请尽快处理", null, null),
                "business", Instant.parse("2026-11-20T02:00:00Z"));
    }
}
