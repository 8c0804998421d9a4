package cn.kesu.view.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.ClientTest;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted hostile-input run over HTTP, as an attacker with a valid sign-in would send it: every visible
 * field of every form on the screens below gets each hostile value in turn (overlong, wrong type, negative,
 * far future dates, control characters, SQL, HTML/JS, path traversal), every download takes hostile and
 * other people's ids, and the upload takes hostile files. Nothing may answer with a server error, and a
 * refused input (the response says the validation failed) must leave every table the screens write as it
 * was. Some hostile-looking text is valid input (a send-back reason of {@code <script>…}): the screen takes
 * it, stores it as text and shows it escaped. The figures are printed for the note.
 */
class HostileInputIT extends ClientTest {

    /** Overlong, negative, wrong type, SQL, HTML/JS, control characters, path traversal, far future, header injection. */
    private static final List<String> HOSTILE = List.of(
            "x".repeat(5000),
            "-1",
            "99999999999999999999999999",
            "1' OR '1'='1",
            "'; drop table complaint; --",
            "<script>alert(document.cookie)</script>",
            "\u0000\u0007\u001b[31m\r\n\t\uD83D\uDE00\u202E\u200B",
            "../../../../etc/passwd",
            "2999-12-31",
            "%00%0d%0aSet-Cookie: kesu=1");

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern VALIDATION_FAILED = Pattern.compile("validationFailed(\"|&quot;)\\s*:\\s*true");
    private static final Pattern UPDATED_STATE =
            Pattern.compile("jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern BUTTON = Pattern.compile("<button id=\"([^\"]+)\"[^>]*type=\"submit\"");

    private int requests;
    private int refused;
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> storedForRefused = new ArrayList<>();

    @Test
    void fiveHundredAndMoreHostileInputsGiveNoServerErrorAndStoreNothing() throws Exception {
        WebClient setup = new WebClient(base);
        String ownCase = setup.post("test/case", Map.of("at", "qa")).body().strip();
        String otherCase = setup.post("test/case", Map.of("at", "qa")).body().strip();
        int forms = 0;
        forms += everyForm(null, "login.xhtml");
        forms += everyForm("business", "app/complaints/new.xhtml");
        forms += everyForm("qa", "app/complaints/case.xhtml?id=" + ownCase);
        forms += everyForm("qa", "app/complaints/worklist.xhtml");
        forms += everyForm("qa", "app/password.xhtml");
        forms += everyForm("gm-office", "app/complaints/ledger.xhtml");
        forms += everyForm("gm-office", "app/statistics/monthly.xhtml");
        forms += everyForm("gm-office", "app/statistics/penalties.xhtml");
        forms += everyForm("gm-office", "app/inbox.xhtml");
        forms += everyForm("admin", "app/admin/users.xhtml");
        forms += everyForm("admin", "app/admin/catalogs.xhtml");
        forms += everyForm("admin", "app/admin/settings.xhtml");
        forms += everyForm("admin", "app/admin/calendar.xhtml");
        forms += everyForm("admin", "app/admin/api-clients.xhtml");
        int formRequests = requests;

        downloads(otherCase);
        int downloadRequests = requests - formRequests;
        uploads(ownCase);
        int uploadRequests = requests - formRequests - downloadRequests;

        System.out.printf("hostile input run: %d requests (%d to %d forms, %d downloads and case ids, %d uploads),"
                + " %d server errors; %d refused (form or upload), %d of them stored rows%n", requests, formRequests,
                forms, downloadRequests, uploadRequests, serverErrors.size(), refused, storedForRefused.size());
        assertTrue(requests >= 500, "at least 500 hostile inputs: " + requests);
        assertTrue(refused >= 500, "at least 500 refused: " + refused);
        assertEquals(List.of(), serverErrors);
        assertEquals(List.of(), storedForRefused, "refused input stores nothing");
    }

    /** Posts each hostile value into each visible field of each form of the page; answers how many forms. */
    private int everyForm(String username, String page) throws Exception {
        WebClient client = new WebClient(base);
        if (username != null) {
            assertEquals(302, client.login(username, DemoUser.PASSWORD).statusCode(), username);
        }
        String html = client.get(page).body();
        int forms = 0;
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String formId = form.group(1);
            // The form's own submit button; a table's row buttons (…:table:3:disable) act on existing records
            // with no input of their own, so they are no target for hostile input (and would change demo data).
            Matcher button = BUTTON.matcher(form.group(2));
            String submit = null;
            while (submit == null && button.find()) {
                submit = button.group(1).matches(".*:\\d+:.*") ? null : button.group(1);
            }
            if (formId.equals("menuForm") || submit == null) {
                continue;
            }
            forms++;
            Map<String, String> baseline = new LinkedHashMap<>();
            List<String> visible = new ArrayList<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                Matcher name = NAME.matcher(field.group(2));
                if (!name.find()) {
                    continue;
                }
                Matcher type = TYPE.matcher(field.group(2));
                String kind = type.find() ? type.group(1) : field.group(1);
                Matcher value = VALUE.matcher(field.group(2));
                baseline.putIfAbsent(name.group(1), value.find() ? value.group(1) : "");
                if (!List.of("hidden", "submit", "button", "file").contains(kind) && !visible.contains(name.group(1))) {
                    visible.add(name.group(1));
                }
            }
            String state = WebClient.viewState(client.get(page).body());
            // The counts after one request are the counts before the next: one count per request.
            String before = counts(client);
            for (String target : visible) {
                for (String hostile : HOSTILE) {
                    Map<String, String> post = new LinkedHashMap<>(baseline);
                    post.put(formId, formId);
                    post.put(target, hostile);
                    post.put("jakarta.faces.ViewState", state);
                    post.put("jakarta.faces.partial.ajax", "true");
                    post.put("jakarta.faces.source", submit);
                    post.put("jakarta.faces.partial.execute", formId);
                    post.put("jakarta.faces.partial.render", formId);
                    post.put(submit, submit);
                    HttpResponse<String> response = client.post(page, post, Map.of("Faces-Request", "partial/ajax"));
                    record(page + " " + target, response);
                    // The same view goes on posting; after a redirect (an action that was taken) a fresh one.
                    Matcher next = UPDATED_STATE.matcher(response.body());
                    if (next.find()) {
                        state = next.group(1);
                    } else if (response.body().contains("<redirect")) {
                        state = WebClient.viewState(client.get(page).body());
                    }
                    String after = counts(client);
                    if (isRefused(response)) {
                        refused++;
                        if (!before.equals(after)) {
                            storedForRefused.add(page + " " + target + " = " + hostile.substring(0, Math.min(30, hostile.length())));
                        }
                    }
                    before = after;
                }
            }
        }
        return forms;
    }

    private void downloads(String otherCase) throws Exception {
        WebClient business = new WebClient(base);
        business.login("production", DemoUser.PASSWORD);
        List<String> ids = new ArrayList<>(List.of("-1", "0", "99999999999999999999", "1%20OR%201=1",
                "..%2F..%2F..%2Fetc%2Fpasswd", "%00", "%3Cscript%3E", "1;drop", "NaN", "1e9", otherCase));
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        for (String id : ids) {
            for (String path : List.of("app/slips/" + id + ".pdf", "app/attachments/" + id, "app/notes/allowance/" + id + ".pdf",
                    "app/notes/return/" + id + ".pdf", "app/notices/reminder/" + id + ".pdf",
                    "app/notices/investigation/" + id + ".pdf", "app/complaints/case.xhtml?id=" + id,
                    "app/statistics/report/" + id + ".pdf", "app/statistics/penalty/" + id + ".pdf",
                    "app/statistics/hr/" + id + ".pdf", "app/slips/" + otherCase + "/../" + id + ".pdf")) {
                HttpResponse<byte[]> response = business.getBytes(path);
                requests++;
                if (response.statusCode() >= 500 || new String(response.body(), StandardCharsets.UTF_8)
                        .contains(Texts.zh("error.500"))
                        || response.headers().firstValue("Location").orElse("").contains("error.xhtml")) {
                    serverErrors.add(path + " → " + response.statusCode());
                }
            }
        }
        HttpResponse<byte[]> report = business.getBytes("app/statistics/report/" + month + ".pdf");
        requests++;
        assertTrue(report.statusCode() == 403, "production reads no report: " + report.statusCode());
    }

    private void uploads(String caseId) throws Exception {
        WebClient business = new WebClient(base);
        business.login("business", DemoUser.PASSWORD);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../../../tmp/kesu-evil.jpg", "MZ\u0090\u0000 not a picture".getBytes(StandardCharsets.ISO_8859_1));
        files.put("invoice.pdf.exe", "%PDF-1.4 but an executable's name".getBytes(StandardCharsets.UTF_8));
        files.put("photo.jpg", "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8));
        files.put("drawing.svg", "<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8));
        files.put("empty.png", new byte[0]);
        files.put("x".repeat(400) + ".jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        files.put("evil\r\nContent-Type: text/html\r\n.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 2});
        files.put("big.jpg", new byte[11 * 1024 * 1024]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String page = business.get("app/complaints/case.xhtml?id=" + caseId).body();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("upload", "upload");
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", "upload:file");
            fields.put("jakarta.faces.partial.execute", "upload:file");
            fields.put("jakarta.faces.partial.render", "upload");
            fields.put("upload:file_totalFilesCount", "1");
            fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
            String before = counts(business);
            HttpResponse<String> response = business.postFile("app/complaints/case.xhtml?id=" + caseId, fields,
                    "upload:file", file.getKey(), file.getValue(), Map.of("Faces-Request", "partial/ajax"));
            String what = "upload " + file.getKey().substring(0, Math.min(40, file.getKey().length()));
            record(what, response);
            refused++;
            if (!before.equals(counts(business))) {
                storedForRefused.add(what + ": every hostile file must be refused");
            }
        }
    }

    private void record(String what, HttpResponse<String> response) {
        requests++;
        String body = response.body();
        // A server error: a 5xx, an error in a partial response, the error page (or a redirect to it), the 500 text.
        boolean error = response.statusCode() >= 500
                || body.contains("<error>") || body.contains("<redirect url=\"" + base.getPath() + "error.xhtml")
                || response.headers().firstValue("Location").orElse("").contains("error.xhtml")
                || body.contains(Texts.zh("error.500"));
        if (error) {
            serverErrors.add(what + " → " + response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** A refusal: the page shows an error message (JSF validation, or a desk's rule violation through Feedback). */
    private static boolean isRefused(HttpResponse<String> response) {
        String body = response.body();
        return body.contains("ui-messages-error") || body.contains("ui-message-error")
                || VALIDATION_FAILED.matcher(body).find();
    }

    private static String counts(WebClient client) throws Exception {
        return client.get("test/counts").body();
    }
}
