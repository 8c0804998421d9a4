package cn.kesu.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A machine calling the REST API, as a CRM would: a bearer token and JSON, nothing of a browser. */
final class Api {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String root;
    private final String token;

    /** The API under the application's root ({@code …/kesu/}); a null token calls without one. */
    Api(URL base, String token) {
        String url = base.toExternalForm();
        this.root = (url.endsWith("/") ? url : url + "/") + "api/v1/";
        this.token = token;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBytes(String path, byte[] body, String contentType, String... headers)
            throws IOException, InterruptedException {
        return http.send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The JSON of a slip as a call centre files it, for the test's customer and abnormality type. */
    static String slip(String customerCode, String abnormalityCode, String description) {
        return Json.createObjectBuilder(Map.of(
                        "customerCode", customerCode,
                        "abnormalityTypeCode", abnormalityCode,
                        "contact", "王先生 13800000000",
                        "channel", "PHONE",
                        "receivedAt", "2026-01-05T02:00:00Z",
                        "partNo", "CUP-500-BLK",
                        "quantityShipped", 1000,
                        "defectQuantity", 35,
                        "category", "QUALITY",
                        "description", description))
                .add("customerRequests", Json.createArrayBuilder().add("RETURN").add("ANALYSIS_REPORT"))
                .build().toString();
    }
}
