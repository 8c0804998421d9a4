package cn.kesu.business.complaint.intake;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What the slip takes as attachments: photos (JPEG, PNG, GIF, WebP) and PDF letters, up to 10 MB each.
 * The file must start with its format's signature, so a renamed executable is refused whatever it is
 * called.
 */
@ApplicationScoped
public class AttachmentPolicy {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, byte[][]> SIGNATURES = Map.of(
            "image/jpeg", new byte[][]{{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
            "image/png", new byte[][]{{(byte) 0x89, 'P', 'N', 'G'}},
            "image/gif", new byte[][]{{'G', 'I', 'F', '8'}},
            "image/webp", new byte[][]{{'R', 'I', 'F', 'F'}},
            "application/pdf", new byte[][]{{'%', 'P', 'D', 'F'}});

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif",
            "webp", "image/webp", "pdf", "application/pdf");

    /** The content type the file really has; refuses empty, oversized and unknown files. */
    public String check(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || content == null
                || content.length == 0 || content.length > MAX_BYTES) {
            throw new AttachmentRefusedException(fileName);
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = BY_EXTENSION.get(extension);
        if (type == null || Arrays.stream(SIGNATURES.get(type)).noneMatch(sig -> startsWith(content, sig))) {
            throw new AttachmentRefusedException(fileName);
        }
        return type;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
