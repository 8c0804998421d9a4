package cn.kesu.business.api;

/**
 * What a filing request made: the case (and the attachment, for an attachment), and whether it was made by an
 * earlier request with the same idempotency key, so that this one is its retry.
 */
public record Filed(Long caseId, Long attachmentId, boolean repeated) {
}
