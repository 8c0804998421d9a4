package cn.kesu.model.complaint;

import java.time.Instant;

/** An attachment's description without its content, for lists. */
public record AttachmentInfo(Long id, String fileName, String contentType, long size, String uploadedBy,
                             Instant uploadedAt) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
