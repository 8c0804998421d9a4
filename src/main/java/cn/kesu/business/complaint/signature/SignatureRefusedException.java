package cn.kesu.business.complaint.signature;

import cn.kesu.business.common.RuleViolation;

/** An electronic signature needs the signer's current password, re-entered; it was missing or wrong. */
public class SignatureRefusedException extends RuleViolation {

    public SignatureRefusedException(String username) {
        super("signature refused for " + username);
    }
}
