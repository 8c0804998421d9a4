package cn.kesu.view.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Issue 15, item 13.1, through the screen: a refused upload says why next to the upload — too large or of a
 * wrong type, checked in the browser before anything is sent; a file whose content is not what its name says,
 * refused by the server — and the next valid upload goes through cleanly, with no leftover message.
 */
class AttachmentUploadIT extends BrowserTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void aRefusedUploadSaysWhyBesideTheUploadAndTheNextOneGoesThrough() throws Exception {
        HttpResponse<String> made = new WebClient(base).post("test/case", Map.of("at", "qa"));
        assertEquals(200, made.statusCode(), made.body());
        Pages pages = as("business");
        pages.open("app/complaints/case.xhtml?id=" + made.body().strip());

        Path dir = Files.createTempDirectory("kesu-upload");
        Path large = dir.resolve("大照片.jpg");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(30L * 1024 * 1024);
        }
        choose(pages, large);
        String refusal = uploadMessages(pages);
        assertTrue(refusal.contains("大照片.jpg") && refusal.contains("10.0 MB"), "the reason beside the upload: " + refusal);

        Path text = dir.resolve("说明.txt");
        Files.writeString(text, "不是图片");
        choose(pages, text);
        refusal = uploadMessages(pages);
        assertTrue(refusal.contains("说明.txt"), "the refused type named: " + refusal);

        Path fake = dir.resolve("假照片.png");
        Files.writeString(fake, "不是 PNG 的内容");
        choose(pages, fake);
        refusal = uploadMessages(pages);
        assertTrue(refusal.contains("假照片.png") && refusal.contains("10 MB"), "the server's refusal beside it: " + refusal);

        Path photo = dir.resolve("现场照片.png");
        Files.write(photo, PNG);
        choose(pages, photo);
        try {
            new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> listed(pages).contains("现场照片.png"));
        } catch (org.openqa.selenium.TimeoutException notListed) {
            throw new AssertionError("not listed; upload: " + uploadMessages(pages) + "; page: " + pages.errorMessages()
                    + "\n" + pages.driver().findElement(By.id("upload")).getAttribute("outerHTML"), notListed);
        }
        String after = uploadMessages(pages);
        assertTrue(!after.contains("j_idt") && !after.contains("大照片.jpg") && !after.contains("说明.txt")
                        && !after.contains("假照片.png") && after.contains("现场照片.png"),
                "no leftover or raw message: " + after);
        assertTrue(pages.errorMessages().stream().noneMatch(m -> m.contains("j_idt")), pages.errorMessages().toString());
    }

    private static void choose(Pages pages, Path file) {
        WebElement input = pages.driver().findElement(By.cssSelector("#upload input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        // Every answer names the file: the browser's refusal, the server's, or 已上传.
        new WebDriverWait(pages.driver(), Duration.ofSeconds(30)).until(d -> uploadMessages(pages)
                .contains(file.getFileName().toString()));
    }

    /** Every message shown inside the upload form; read again when an AJAX update replaced it meanwhile. */
    private static String uploadMessages(Pages pages) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<WebElement> shown = pages.driver().findElements(By.cssSelector("#upload .ui-messages,"
                        + " #upload .ui-message"));
                return String.join(" / ", shown.stream().map(WebElement::getText).toList());
            } catch (StaleElementReferenceException replaced) {
                if (attempt > 5) {
                    throw replaced;
                }
            }
        }
    }

    private static String listed(Pages pages) {
        try {
            return pages.text("attachments");
        } catch (StaleElementReferenceException | NoSuchElementException replaced) {
            return "";
        }
    }
}
