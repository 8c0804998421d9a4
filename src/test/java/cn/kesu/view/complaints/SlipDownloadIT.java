package cn.kesu.view.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.infrastructure.pdf.PdfVerifier;
import cn.kesu.support.ClientTest;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An auditor finds a closed demo case in the ledger and downloads its slip over HTTP: a valid signed
 * PDF in Chinese with the five copies and the signers; without login there is no slip.
 */
class SlipDownloadIT extends ClientTest {

    @Test
    void auditorDownloadsAValidSignedSlipOfAClosedCase() throws Exception {
        WebClient client = new WebClient(base);
        client.login("auditor", DemoUser.PASSWORD);
        String page = client.get("app/complaints/ledger.xhtml").body();
        java.util.Map<String, String> search = new java.util.LinkedHashMap<>();
        search.put("list", "list");
        search.put("list:step_input", "CLOSED");
        search.put("list:search", "list:search");
        search.put("jakarta.faces.ViewState", WebClient.viewState(page));
        String ledger = client.post("app/complaints/ledger.xhtml", search).body();
        String rows = ledger.substring(ledger.indexOf("list:table_data"));
        String closedRow = java.util.Arrays.stream(rows.split("<tr")).filter(row -> row.contains("已结案"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has closed cases"));
        Matcher link = Pattern.compile("case\\.xhtml\\?id=(\\d+)").matcher(closedRow);
        Matcher numbered = Pattern.compile(">(\\d{6,})<").matcher(closedRow);
        assertTrue(link.find() && numbered.find(), closedRow);
        String id = link.group(1);
        String number = numbered.group(1);

        HttpResponse<byte[]> response = client.getBytes("app/slips/" + id + ".pdf");

        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                "a signed slip is not kept in a cache: " + response.headers().map());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        byte[] pdf = response.body();
        assertTrue(PdfVerifier.signatureValid(pdf));
        String text = PdfVerifier.text(pdf);
        assertTrue(text.contains("客户抱怨处理表"));
        assertTrue(text.contains(number));
        for (String copy : new String[]{"第一联 质量管理部", "第二联 制造部门", "第三联 业务部门", "第四联 会计科", "第五联 总经理室"}) {
            assertTrue(text.contains(copy), copy);
        }
        assertTrue(text.contains("黄敏") && text.contains("李娜") && text.contains("刘洋"), "signers are named");
    }

    @Test
    void noSlipWithoutLogin() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "app/slips/1.pdf")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), "sent to login");
        assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"),
                response.headers().map().toString());
        assertFalse(response.body().startsWith("%PDF"), "no slip handed out");
    }
}
