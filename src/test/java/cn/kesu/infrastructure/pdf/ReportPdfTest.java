package cn.kesu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

class ReportPdfTest {

    @BeforeAll
    static void demoKeyUnderTarget() {
        System.setProperty("jboss.server.data.dir", "target/test-signing");
    }

    @Test
    void aReportPrintsEachSectionAsATableInChineseAndItsEmptySectionsAsADash() throws Exception {
        byte[] pdf = new ReportPdf("客户投诉处理年报表", "2021 年结案案件", null, List.of("总经理室"))
                .section("各月趋势", List.of("期间", "结案件数"), List.of(List.of("2021-02", "2"), List.of("2021-03", "1")))
                .section("料号", List.of("料号", "件数"), List.of())
                .render();

        String text = PdfVerifier.text(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains("客户投诉处理年报表") && text.contains("各月趋势") && text.contains("2021-022")
                && text.contains("2021-031"), text);
        assertTrue(text.contains("料号件数—"), "an empty table says so");
        assertTrue(text.contains("总经理室"));
        assertEquals(1, PdfVerifier.pages(pdf));
    }
}
