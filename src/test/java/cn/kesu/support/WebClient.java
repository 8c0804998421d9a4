package cn.kesu.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP requests with a session cookie, for what a browser hides: status codes of direct
 * requests, forged form posts. Redirects are not followed so tests can see them.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode gives each page a nonce and refuses a postback that does not send it back. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** The nonce of the last page fetched, sent with a form post the way PrimeFaces' script sends it. */
    private String nonce;

    /** HTTP/1.1, as browsers speak plain HTTP (they never upgrade it to HTTP/2). */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    public WebClient(URL base) {
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher found = NONCE.matcher(response.body());
        if (found.find()) {
            nonce = found.group(1);
        }
        return response;
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        if (nonce != null && form.containsKey("jakarta.faces.ViewState") && !form.containsKey("primefaces.nonce")) {
            form = new LinkedHashMap<>(form);
            form.put("primefaces.nonce", nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form post with one file, as a file upload sends it. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return postFile(path, Map.of(), field, fileName, content, Map.of());
    }

    /** A multipart post with form fields and one file, and extra request headers (a PrimeFaces Ajax upload). */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String field, String fileName,
                                         byte[] content, Map<String, String> headers) throws IOException, InterruptedException {
        String boundary = "kesu-test-" + System.nanoTime();
        StringBuilder parts = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (nonce != null && all.containsKey("jakarta.faces.ViewState")) {
            all.putIfAbsent("primefaces.nonce", nonce);
        }
        all.forEach((name, value) -> parts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        byte[] head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with extra request headers, e.g. {@code Faces-Request: partial/ajax}. */
    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (nonce != null && all.containsKey("jakarta.faces.ViewState")) {
            all.put("primefaces.nonce", nonce);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // A partial response hands the page its next nonce, as PrimeFaces' script takes it.
        Matcher found = NONCE.matcher(response.body());
        if (found.find()) {
            nonce = found.group(1);
        }
        return response;
    }

    /** Signs in through the login form; returns the response to the form post. */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post("login.xhtml", form);
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        return m.find() ? m.group(1) : "stateless";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
