package cn.kesu.business.complaint.intake;

import cn.kesu.business.common.RuleViolation;

/** An uploaded file is empty, too large or of a type the slip does not take. */
public class AttachmentRefusedException extends RuleViolation {

    public AttachmentRefusedException(String fileName) {
        super("attachment refused: " + fileName, fileName);
    }
}
