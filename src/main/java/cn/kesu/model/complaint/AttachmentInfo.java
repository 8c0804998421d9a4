package cn.kesu.model.complaint;

import java.time.Instant;

/**
 * An attachment's description without its content, for lists: who added it at which step, and to which case (a
 * re-complaint lists its original's attachments too, by reference).
 */
public record AttachmentInfo(Long id, String fileName, String contentType, long size, String uploadedBy,
                             Instant uploadedAt, Step step, Long caseId) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
