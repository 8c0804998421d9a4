package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** No such execution document on this case. */
public class UnknownDocumentException extends RuleViolation {

    public UnknownDocumentException(Long documentId) {
        super("no document " + documentId, documentId);
    }
}
