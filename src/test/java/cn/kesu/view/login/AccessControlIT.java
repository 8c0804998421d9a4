package cn.kesu.view.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.ClientTest;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Direct HTTP requests, as a user could forge them, are checked on the server. */
class AccessControlIT extends ClientTest {

    @Test
    void anonymousRequestForAPageIsSentToLogin() throws Exception {
        HttpResponse<String> response = new WebClient(base).get("app/home.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }

    /**
     * Issue 15, item 13.9: a forged post of another role's button was silently ignored, and a post from one
     * case's page could name another case id. The page now says why the server refuses the button, and the
     * view stays bound to the case it displays.
     */
    @Test
    void aForgedButtonIsRefusedWithItsReasonAndAnotherCaseIdInThePostChangesNothing() throws Exception {
        WebClient setup = new WebClient(base);
        String shown = setup.post("test/case", Map.of("at", "qa")).body().strip();
        String other = setup.post("test/case", Map.of("at", "qa")).body().strip();

        WebClient production = new WebClient(base);
        production.login("production", DemoUser.PASSWORD);
        String page = production.get("app/complaints/case.xhtml?id=" + shown).body();
        Map<String, String> investigate = new LinkedHashMap<>();
        investigate.put("action", "action");
        investigate.put("action:investigate", "");
        investigate.put("jakarta.faces.ViewState", WebClient.viewState(page));
        String refused = production.post("app/complaints/case.xhtml?id=" + shown, investigate).body();
        String number = caseNumber(page);
        assertTrue(refused.contains(Texts.zh("error.NotHolderException", number, Texts.zh("step.QA_INVESTIGATION"))),
                "production is told the QA step is not theirs: " + refused.substring(0, Math.min(400, refused.length())));

        WebClient qa = new WebClient(base);
        qa.login("qa", DemoUser.PASSWORD);
        String qaPage = qa.get("app/complaints/case.xhtml?id=" + shown).body();
        Map<String, String> sendBack = new LinkedHashMap<>();
        sendBack.put("sendBack", "sendBack");
        sendBack.put("sendBack:reason", "样品不足");
        sendBack.put("sendBack:do", "");
        sendBack.put("id", other);
        sendBack.put("jakarta.faces.ViewState", WebClient.viewState(qaPage));
        qa.post("app/complaints/case.xhtml?id=" + shown, sendBack);
        assertEquals(Texts.zh("step.SUBMITTED"), currentStep(qa, shown), "the case the page showed was sent back");
        assertEquals(Texts.zh("step.QA_INVESTIGATION"), currentStep(qa, other), "the case the post named is untouched");
    }

    private static String caseNumber(String page) {
        Matcher number = Pattern.compile("id=\"caseNumber\">([^<]*)<").matcher(page);
        return number.find() ? number.group(1).strip() : "";
    }

    private static String currentStep(WebClient client, String caseId) throws Exception {
        String page = client.get("app/complaints/case.xhtml?id=" + caseId).body();
        Matcher title = Pattern.compile("id=\"status\".*?ui-panel-title\">([^<]*)<", Pattern.DOTALL).matcher(page);
        return title.find() ? title.group(1).strip() : "";
    }

    @Test
    void anonymousPostToAnAdminActionIsSentToLogin() throws Exception {
        HttpResponse<String> response = new WebClient(base).post("app/admin/users.xhtml", forgedCreateUser());

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndSignedInPagesAreNotCached() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.get("login.xhtml");
        client.login("qa", DemoUser.PASSWORD);
        HttpResponse<String> home = client.get("app/home.xhtml");

        for (HttpResponse<String> response : List.of(login, home)) {
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), response.uri().toString());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
        }
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                home.headers().map().toString());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithAFreshNonceAndNoInlineScriptsAllowed() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.get("login.xhtml");
        client.login("qa", DemoUser.PASSWORD);
        HttpResponse<String> home = client.get("app/home.xhtml");
        HttpResponse<String> again = client.get("app/home.xhtml");

        List<String> nonces = new java.util.ArrayList<>();
        for (HttpResponse<String> page : List.of(login, home, again)) {
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), page.uri() + " " + policies);
            String policy = policies.get(0);
            for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                    "frame-ancestors 'none'", "form-action 'self'")) {
                assertTrue(policy.contains(directive), directive + " in " + policy);
            }
            String scripts = policy.substring(policy.indexOf("script-src"));
            assertTrue(!scripts.contains("unsafe-inline") && !scripts.contains("unsafe-eval"), policy);
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(scripts);
            assertTrue(nonce.find(), policy);
            nonces.add(nonce.group(1));
            assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry it");
        }
        assertEquals(3, new java.util.HashSet<>(nonces).size(), "a new nonce for every page: " + nonces);
    }

    @Test
    void aDemoServerSaysSoOnEveryPage() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.get("login.xhtml");
        client.login("qa", DemoUser.PASSWORD);
        HttpResponse<String> home = client.get("app/home.xhtml");

        for (HttpResponse<String> page : List.of(login, home)) {
            assertTrue(page.body().contains("id=\"demoBanner\""), page.uri().toString());
            assertTrue(page.body().contains(Texts.zh("demo.banner")), page.uri().toString());
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        WebClient client = new WebClient(base);

        HttpResponse<String> response = client.login("qa", "not-the-password");

        assertEquals(200, response.statusCode(), "the login page again, with a message");
        assertTrue(response.body().contains(Texts.zh("login.failed")));
        assertEquals(302, client.get("app/home.xhtml").statusCode());
    }

    @Test
    void userWithoutAdminRoleIsForbiddenTheAdminPageAndItsActions() throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login("business", DemoUser.PASSWORD).statusCode());
        assertEquals(200, client.get("app/home.xhtml").statusCode());

        HttpResponse<String> page = client.get("app/admin/users.xhtml");
        HttpResponse<String> action = client.post("app/admin/users.xhtml", forgedCreateUser());

        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains(Texts.zh("error.403")), "the error page, not a stack trace");
        assertEquals(403, action.statusCode());
    }

    @Test
    void adminReachesTheAdminPage() throws Exception {
        WebClient client = new WebClient(base);
        client.login("admin", DemoUser.PASSWORD);

        HttpResponse<String> page = client.get("app/admin/users.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Texts.zh("users.title")));
    }

    @Test
    void unknownPageShowsTheErrorPageWithoutStackTrace() throws Exception {
        WebClient client = new WebClient(base);
        client.login("qa", DemoUser.PASSWORD);

        HttpResponse<String> response = client.get("app/no-such-page.xhtml");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains(Texts.zh("error.404")));
        assertFalse(response.body().contains(".java:"), "no stack trace is shown");
        assertFalse(response.body().contains("Caused by"), "no stack trace is shown");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWhileItIsReadWithoutAnErrorPage() throws Exception {
        WebClient client = new WebClient(base);
        client.login("business", DemoUser.PASSWORD);

        HttpResponse<String> tooLarge = client.postFile("app/home.xhtml", "upload:file", "big.jpg",
                new byte[11 * 1024 * 1024]);
        HttpResponse<String> small = client.postFile("app/home.xhtml", "upload:file", "small.jpg", new byte[1024]);

        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("10 MB"));
        assertTrue(small.statusCode() < 500, "a small multipart post passes the limit: " + small.statusCode());
        assertEquals(200, client.get("app/home.xhtml").statusCode(), "still signed in");
    }

    @Test
    void theAdministratorReadsNoCaseOnAnyCasePageOrDownload() throws Exception {
        WebClient setup = new WebClient(base);
        String id = setup.post("test/case", Map.of("at", "qa")).body().strip();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        WebClient admin = new WebClient(base);
        assertEquals(302, admin.login("admin", DemoUser.PASSWORD).statusCode());

        // Real ids where the table has rows, so a refusal cannot be a 404 for a record that does not exist;
        // a table without rows (nothing to leak) may answer 404.
        Map<String, String> documents = new java.util.LinkedHashMap<>();
        documents.put("app/complaints/case.xhtml?id=%s", id);
        documents.put("app/slips/%s.pdf", id);
        documents.put("app/attachments/%s", first(setup, "attachment"));
        documents.put("app/notes/allowance/%s.pdf", first(setup, "allowance_note"));
        documents.put("app/notes/return/%s.pdf", first(setup, "return_note"));
        documents.put("app/notices/reminder/%s.pdf", first(setup, "reminder"));
        documents.put("app/notices/investigation/%s.pdf", first(setup, "investigation"));
        documents.put("app/statistics/penalty/%s.pdf", first(setup, "penalty_notice"));
        documents.put("app/eightd/internal/%s.pdf", id);
        documents.put("app/statistics/report/%s.pdf", month);
        documents.put("app/statistics/hr/%s.pdf", month);
        for (Map.Entry<String, String> document : documents.entrySet()) {
            boolean exists = !document.getValue().isEmpty();
            String path = String.format(document.getKey(), exists ? document.getValue() : "1");
            HttpResponse<byte[]> response = admin.getBytes(path);
            assertTrue(response.statusCode() == 403 || !exists && response.statusCode() == 404,
                    path + " answered " + response.statusCode());
            assertFalse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).contains("%PDF"), path);
        }
        for (String path : List.of("app/complaints/ledger.xhtml", "app/complaints/new.xhtml",
                "app/execution/receivables.xhtml", "app/statistics/monthly.xhtml", "app/statistics/yearly.xhtml",
                "app/statistics/penalties.xhtml", "app/statistics/cases.xhtml", "app/audit/slips.xhtml",
                "app/improvement/list.xhtml")) {
            assertEquals(403, admin.get(path).statusCode(), path);
        }
        for (String list : List.of("app/complaints/worklist.xhtml", "app/inbox.xhtml")) {
            HttpResponse<String> page = admin.get(list);
            assertTrue(page.statusCode() == 403 || !page.body().contains("case.xhtml?id="), list + " lists no case");
        }
    }

    /** Issue 14: QA reads the ledger and the statistics; the penalties and the HR report stay with their readers. */
    @Test
    void qaReadsTheLedgerAndStatisticsButNotThePenalties() throws Exception {
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        for (String user : List.of("qa", "qa-manager")) {
            WebClient qa = new WebClient(base);
            assertEquals(302, qa.login(user, DemoUser.PASSWORD).statusCode());
            for (String path : List.of("app/complaints/ledger.xhtml", "app/statistics/monthly.xhtml",
                    "app/statistics/yearly.xhtml")) {
                assertEquals(200, qa.get(path).statusCode(), user + " " + path);
            }
            for (String path : List.of("app/statistics/penalties.xhtml", "app/statistics/hr/" + month + ".pdf")) {
                assertEquals(403, qa.get(path).statusCode(), user + " " + path);
            }
        }
        WebClient business = new WebClient(base);
        assertEquals(302, business.login("business", DemoUser.PASSWORD).statusCode());
        assertEquals(403, business.get("app/complaints/ledger.xhtml").statusCode());
        assertEquals(403, business.get("app/statistics/monthly.xhtml").statusCode());
    }

    /** The smallest id of a table, or "" when it has no rows (test deployment's /test/counts). */
    private static String first(WebClient client, String table) throws Exception {
        return client.get("test/counts?first=" + table).body().strip();
    }

    private static Map<String, String> forgedCreateUser() {
        return Map.of("create", "create", "create:username", "forged", "create:fullName", "伪造",
                "create:department", "IT", "create:roles", "ADMIN", "create:initialPassword", "forged-password",
                "create:submit", "", "jakarta.faces.ViewState", "stateless");
    }
}
