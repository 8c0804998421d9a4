package cn.kesu.api;

import cn.kesu.support.ClientTest;
import cn.kesu.support.WebClient;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API from outside, as a call centre or CRM uses it: filing with idempotency keys, reading, changes, the
 * signed slip, attachments; each refusal as problem+json; tokens, scopes and rates; the OpenAPI document.
 */
class ApiIT extends ClientTest {

    private WebClient fixtures;
    private String customerCode;
    private String abnormalityCode;

    @BeforeEach
    void catalogs() throws Exception {
        fixtures = new WebClient(base);
        String[] codes = fixtures.post("test/api/catalogs", Map.of()).body().split("\n");
        customerCode = codes[0];
        abnormalityCode = codes[1];
    }

    @Test
    void aSlipIsFiledOnceForItsKeyAndARetryAnswersTheSameDraft() throws Exception {
        Api api = new Api(base, client("INTAKE,READ", 600)[1]);
        String slip = Api.slip(customerCode, abnormalityCode, "杯身喷漆起泡（接口）");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> filed = api.postJson("complaints", slip, "Idempotency-Key", key);
        assertEquals(201, filed.statusCode(), filed.body());
        long caseId = Api.json(filed).getJsonNumber("caseId").longValue();
        assertTrue(filed.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/complaints/id-" + caseId));

        // The retry writes its JSON otherwise (its requests in another order, spaced out): the same slip all the same.
        String rewritten = slip.replace("[\"RETURN\",\"ANALYSIS_REPORT\"]", "[ \"ANALYSIS_REPORT\", \"RETURN\" ]")
                .replace(",", ", ");
        assertNotEquals(slip, rewritten);
        HttpResponse<String> retried = api.postJson("complaints", rewritten, "Idempotency-Key", key);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(caseId, Api.json(retried).getJsonNumber("caseId").longValue());
        assertTrue(Api.json(retried).getBoolean("repeated"));

        JsonObject draft = Api.json(api.get("complaints/id-" + caseId));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("DRAFT", draft.getJsonObject("step").getString("code"));
        assertEquals(customerCode, draft.getString("customerCode"));
        assertEquals("业务部", draft.getJsonObject("holder").getString("label"));
        assertEquals("Business", Api.json(api.get("complaints/id-" + caseId, "Accept-Language", "en"))
                .getJsonObject("holder").getString("label"));
    }

    @Test
    void retriesRacingEachOtherFileOneSlip() throws Exception {
        Api api = new Api(base, client("INTAKE", 600)[1]);
        String slip = Api.slip(customerCode, abnormalityCode, "四次同时重试");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> api.postJson("complaints", slip, "Idempotency-Key", key));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            assertEquals(List.of(200, 200, 200, 201), answers.stream().map(HttpResponse::statusCode).sorted().toList(),
                    answers.stream().map(HttpResponse::body).collect(Collectors.joining("\n")));
            assertEquals(1, answers.stream().map(a -> Api.json(a).getJsonNumber("caseId").longValue()).distinct().count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefusedAndAnotherClientsKeyIsItsOwn() throws Exception {
        Api api = new Api(base, client("INTAKE", 600)[1]);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "第一份"),
                "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());

        HttpResponse<String> other = api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "另一份"),
                "Idempotency-Key", key);
        JsonObject problem = problem(other, 422, "urn:kesu:problem:rule:IdempotencyKeyReusedException");
        assertTrue(problem.getString("detail").contains("幂等键 " + key), problem.toString());
        assertEquals("不符合客诉处理程序", problem.getString("title"));
        JsonObject english = problem(api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "另一份"),
                "Idempotency-Key", key, "Accept-Language", "en-US,en;q=0.9"), 422,
                "urn:kesu:problem:rule:IdempotencyKeyReusedException");
        assertTrue(english.getString("detail").startsWith("Idempotency key " + key + " was used"), english.toString());

        Api otherClient = new Api(base, client("INTAKE", 600)[1]);
        HttpResponse<String> own = otherClient.postJson("complaints", Api.slip(customerCode, abnormalityCode, "另一份"),
                "Idempotency-Key", key);
        assertEquals(201, own.statusCode(), own.body());
        assertNotEquals(Api.json(first).getJsonNumber("caseId").longValue(), Api.json(own).getJsonNumber("caseId").longValue());
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguage() throws Exception {
        Api api = new Api(base, client("INTAKE", 600)[1]);
        problem(api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "无键")), 400,
                "urn:kesu:problem:idempotencyKey");

        String noPart = Api.slip(customerCode, abnormalityCode, "缺料号").replace("\"partNo\":\"CUP-500-BLK\",", "");
        JsonObject invalid = problem(api.postJson("complaints", noPart, "Idempotency-Key", UUID.randomUUID().toString()),
                400, "urn:kesu:problem:invalid");
        JsonObject error = invalid.getJsonArray("errors").getJsonObject(0);
        assertEquals("partNo", error.getString("field"));
        assertTrue(error.getString("message").startsWith("料号："), error.toString());

        JsonObject unknown = problem(api.postJson("complaints", Api.slip("NO-SUCH", abnormalityCode, "客户不存在"),
                "Idempotency-Key", UUID.randomUUID().toString()), 422, "urn:kesu:problem:rule:UnknownCustomerCodeException");
        assertEquals("客户代码 NO-SUCH 不存在或已停用。", unknown.getString("detail"));

        problem(api.postJson("complaints", "{\"customerCode\": ", "Idempotency-Key", UUID.randomUUID().toString()),
                400, "urn:kesu:problem:badRequest");
        problem(api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "渠道").replace("PHONE", "PIGEON"),
                "Idempotency-Key", UUID.randomUUID().toString()), 400, "urn:kesu:problem:badRequest");
    }

    @Test
    void aCallWithoutAValidTokenIsRefusedAndLogged() throws Exception {
        String[] client = client("INTAKE,READ", 600);
        HttpResponse<String> none = new Api(base, null).get("complaints");
        problem(none, 401, "urn:kesu:problem:unauthorized");
        assertEquals("Bearer realm=\"kesu\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(none.headers().firstValue("Set-Cookie").isEmpty(), "an API call opens no session");

        problem(new Api(base, client[0] + ".wrong-secret").get("complaints"), 401, "urn:kesu:problem:unauthorized");
        problem(new Api(base, "no-such-client.some-secret").get("complaints"), 401, "urn:kesu:problem:unauthorized");
        HttpResponse<String> accepted = new Api(base, client[1]).get("complaints?size=1");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Set-Cookie").isEmpty(), "an API call opens no session");

        fixtures.post("test/api/disable?key=" + client[0], Map.of());
        problem(new Api(base, client[1]).get("complaints"), 401, "urn:kesu:problem:unauthorized");

        assertEquals(List.of("GET /complaints 401", "GET /complaints 200", "GET /complaints 401"),
                List.of(fixtures.get("test/api/calls?key=" + client[0]).body().split("\n")));
    }

    @Test
    void aTokenOpensNoPageEvenByAPathThatStartsLikeTheApi() throws Exception {
        String token = client("INTAKE,READ", 600)[1];
        for (String path : List.of("app/home.xhtml", "api/../app/home.xhtml", "api/v1/../../app/home.xhtml",
                "api/%2e%2e/app/home.xhtml")) {
            HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.statusCode() == 302 || page.statusCode() == 404 || page.statusCode() == 400,
                    path + " answered " + page.statusCode() + ": a bearer token signs nobody in to the screens");
            assertTrue(page.statusCode() != 302 || page.headers().firstValue("Location").orElse("").contains("login.xhtml"),
                    path + " → " + page.headers().firstValue("Location"));
        }
    }

    @Test
    void eachScopeAllowsItsOwnCallsOnly() throws Exception {
        Api readOnly = new Api(base, client("READ", 600)[1]);
        JsonObject denied = problem(readOnly.postJson("complaints", Api.slip(customerCode, abnormalityCode, "只读"),
                "Idempotency-Key", UUID.randomUUID().toString()), 403, "urn:kesu:problem:scope");
        assertTrue(denied.getString("detail").contains("没有调用该功能的权限"), denied.toString());

        Api intakeOnly = new Api(base, client("INTAKE", 600)[1]);
        HttpResponse<String> filed = intakeOnly.postJson("complaints", Api.slip(customerCode, abnormalityCode, "只填报"),
                "Idempotency-Key", UUID.randomUUID().toString());
        long caseId = Api.json(filed).getJsonNumber("caseId").longValue();
        problem(intakeOnly.get("complaints/id-" + caseId), 403, "urn:kesu:problem:scope");
        problem(intakeOnly.get("complaints"), 403, "urn:kesu:problem:scope");
        problem(intakeOnly.get("complaints/changes?since=2026-01-01T00:00:00Z"), 403, "urn:kesu:problem:scope");
        assertEquals(403, intakeOnly.getBytes("complaints/id-" + caseId + "/slip").statusCode());
    }

    @Test
    void aClosedCaseIsReadByNumberListedAndItsSignedSlipDownloaded() throws Exception {
        long caseId = Long.parseLong(fixtures.post("test/case?at=closed", Map.of()).body().strip());
        Api api = new Api(base, client("READ", 600)[1]);

        JsonObject closed = Api.json(api.get("complaints/id-" + caseId));
        assertEquals("CLOSED", closed.getString("status"));
        String number = closed.getString("number");
        assertEquals(caseId, Api.json(api.get("complaints/" + number)).getJsonNumber("id").longValue());

        JsonObject page = Api.json(api.get("complaints?number=" + number));
        assertEquals(1, page.getInt("total"));
        assertEquals(number, page.getJsonArray("items").getJsonObject(0).getString("number"));

        HttpResponse<byte[]> slip = api.getBytes("complaints/" + number + "/slip");
        assertEquals(200, slip.statusCode());
        assertEquals("application/pdf", slip.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(slip.body(), 4));

        problem(api.get("complaints/0000000"), 404, "urn:kesu:problem:rule:UnknownCaseException");
        JsonObject month = problem(api.get("complaints?month=2026-13"), 400, "urn:kesu:problem:invalid");
        assertEquals("month", month.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(api.get("complaints?size=101"), 400, "urn:kesu:problem:invalid");
        problem(api.get("complaints?page=abc"), 400, "urn:kesu:problem:invalid");
        problem(api.get("complaints?page=2147483647&size=100"), 400, "urn:kesu:problem:invalid");
        problem(api.get("complaints?page=50&size=20"), 400, "urn:kesu:problem:invalid");
        problem(api.get("complaints/changes?since=2026-01-01T00:00:00Z&limit=many"), 400, "urn:kesu:problem:invalid");
        problem(api.get("complaints/changes"), 400, "urn:kesu:problem:invalid");
        problem(api.get("nothing-here"), 404, "urn:kesu:problem:notFound");
    }

    @Test
    void aCrmFollowsTheChangesSinceItLastAsked() throws Exception {
        Api api = new Api(base, client("INTAKE,READ", 600)[1]);
        Instant before = Instant.now().minusSeconds(3600);
        long caseId = Api.json(api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "变更跟踪"),
                "Idempotency-Key", UUID.randomUUID().toString())).getJsonNumber("caseId").longValue();

        Set<Long> seen = new java.util.HashSet<>();
        String since = before.toString();
        for (int round = 0; round < 100; round++) {
            JsonObject page = Api.json(api.get("complaints/changes?limit=50&since=" + since));
            var changes = page.getJsonArray("changes");
            if (changes.isEmpty()) {
                break;
            }
            Instant previous = Instant.parse(since);
            for (int i = 0; i < changes.size(); i++) {
                Instant at = Instant.parse(changes.getJsonObject(i).getString("changedAt"));
                assertTrue(at.isAfter(previous) || at.equals(previous), "earliest change first");
                previous = at;
                seen.add(changes.getJsonObject(i).getJsonNumber("id").longValue());
            }
            assertEquals(previous.toString(), page.getString("next"));
            since = page.getString("next");
        }
        assertTrue(seen.contains(caseId), "the filed draft is among the changes");
    }

    @Test
    void attachmentsAreAddedOnceAndBoundedBySizeAndType() throws Exception {
        Api api = new Api(base, client("INTAKE", 600)[1]);
        long caseId = Api.json(api.postJson("complaints", Api.slip(customerCode, abnormalityCode, "带附件"),
                "Idempotency-Key", UUID.randomUUID().toString())).getJsonNumber("caseId").longValue();
        byte[] pdf = "%PDF-1.4\n%客户来函\n".getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> added = api.postBytes("complaints/id-" + caseId + "/attachments?fileName=letter.pdf", pdf,
                "application/pdf", "Idempotency-Key", key);
        assertEquals(201, added.statusCode(), added.body());
        long attachmentId = Api.json(added).getJsonNumber("attachmentId").longValue();
        HttpResponse<String> retried = api.postBytes("complaints/id-" + caseId + "/attachments?fileName=letter.pdf", pdf,
                "application/pdf", "Idempotency-Key", key);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(attachmentId, Api.json(retried).getJsonNumber("attachmentId").longValue());

        problem(api.postBytes("complaints/id-" + caseId + "/attachments?fileName=tool.exe", "MZ".getBytes(StandardCharsets.US_ASCII),
                "application/octet-stream", "Idempotency-Key", UUID.randomUUID().toString()), 422,
                "urn:kesu:problem:rule:AttachmentRefusedException");
        problem(api.postBytes("complaints/id-" + caseId + "/attachments?fileName=big.pdf", new byte[10 * 1024 * 1024 + 1],
                "application/pdf", "Idempotency-Key", UUID.randomUUID().toString()), 413, "urn:kesu:problem:tooLarge");
    }

    @Test
    void aClientOverItsRateWaits() throws Exception {
        Api api = new Api(base, client("READ", 3)[1]);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("complaints?size=1").statusCode());
        }
        HttpResponse<String> over = api.get("complaints?size=1");
        problem(over, 429, "urn:kesu:problem:rate");
        long wait = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
    }

    @Test
    void theOpenApiDocumentIsValidAndListsEveryCall() throws Exception {
        URI server = base.toURI().resolve("/");
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.resolve("/openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body());
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        Set<String> paths = parsed.getOpenAPI().getPaths().keySet();
        assertEquals(Set.of("/kesu/api/v1/complaints", "/kesu/api/v1/complaints/changes",
                "/kesu/api/v1/complaints/{reference}", "/kesu/api/v1/complaints/{reference}/attachments",
                "/kesu/api/v1/complaints/{reference}/slip"), paths);
        assertEquals("bearer", parsed.getOpenAPI().getComponents().getSecuritySchemes().get("token").getScheme());
        assertEquals("#/components/schemas/IntakeSlip", parsed.getOpenAPI().getPaths().get("/kesu/api/v1/complaints")
                .getPost().getRequestBody().getContent().get("application/json").getSchema().get$ref());
        assertTrue(parsed.getOpenAPI().getInfo().getTitle().contains("客诉"));

        HttpResponse<String> page = fixtures.get("api-docs/");
        assertEquals(200, page.statusCode());
        String bundle = page.body().replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]+)\".*", "$1");
        assertEquals(200, fixtures.getBytes(bundle).statusCode(), bundle);
    }

    /** A new API client with these scopes and calls per minute: its key and token. */
    private String[] client(String scopes, int rate) throws Exception {
        return fixtures.post("test/api/client?scopes=" + scopes + "&rate=" + rate, Map.of()).body().split("\n");
    }

    private static JsonObject problem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = Api.json(response);
        assertEquals(type, problem.getString("type"), problem.toString());
        assertEquals(status, problem.getInt("status"));
        assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank(), problem.toString());
        return problem;
    }
}
