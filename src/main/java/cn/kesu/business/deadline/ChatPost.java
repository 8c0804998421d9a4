package cn.kesu.business.deadline;

import cn.kesu.model.settings.ChatPlatform;
import cn.kesu.model.settings.ChatRobot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Posts a notice to a group robot as its platform asks: a JSON text message; for 钉钉 with 加签 the address carries
 * the time in milliseconds and {@code sign} = Base64(HMAC-SHA256(secret, time + "\n" + secret)). The robot took it
 * when it answers 200 with {@code errcode} 0; anything else is a refusal, retried later.
 */
@ApplicationScoped
public class ChatPost {

    /** 企业微信 takes at most 2,048 bytes of text; the notices' text is cut to fit, the rest is in the mail. */
    static final int MAX_TEXT_BYTES = 2000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    Clock clock;

    public Outbox.Outcome post(ChatRobot robot, Letter letter) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(address(robot, clock.millis())))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload(letter), StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonObject answer = response.statusCode() == 200 ? answer(response.body()) : null;
            if (answer != null && answer.getInt("errcode", -1) == 0) {
                return new Outbox.Outcome.Sent();
            }
            // Only the platform's own code and message: the body of whatever else answered stays unread.
            return new Outbox.Outcome.Refused("HTTP " + response.statusCode() + (answer == null ? ""
                    : " errcode " + answer.getInt("errcode", -1) + " " + cut(answer.getString("errmsg", ""), 200)));
        } catch (IOException | RuntimeException e) {
            return new Outbox.Outcome.Refused(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outbox.Outcome.Refused(e.toString());
        }
    }

    /** The robot's address, signed for 钉钉 when it has a secret. */
    static String address(ChatRobot robot, long millis) {
        if (robot.getPlatform() != ChatPlatform.DINGTALK || !robot.hasSecret()) {
            return robot.getUrl();
        }
        return robot.getUrl() + (robot.getUrl().contains("?") ? "&" : "?") + "timestamp=" + millis
                + "&sign=" + URLEncoder.encode(sign(millis, robot.getSecret()), StandardCharsets.UTF_8);
    }

    /** 钉钉's 加签: Base64 of HMAC-SHA256 under the secret of the time and the secret on two lines. */
    static String sign(long millis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((millis + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** A text message, the same shape on both platforms: the subject, then the notice's text. */
    static String payload(Letter letter) {
        String text = cutToBytes(letter.subject() + "\n\n" + letter.body(), MAX_TEXT_BYTES);
        return Json.createObjectBuilder().add("msgtype", "text")
                .add("text", Json.createObjectBuilder().add("content", text)).build().toString();
    }

    /** The platform's answer, or null for a body that is no JSON object. */
    private static JsonObject answer(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** At most {@code bytes} bytes of UTF-8, never a character cut in half; "…" where it was cut. */
    static String cutToBytes(String text, int bytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 3; // the ellipsis
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept.append('…').toString();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
