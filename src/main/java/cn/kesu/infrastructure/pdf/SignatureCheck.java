package cn.kesu.infrastructure.pdf;

import java.time.Instant;
import java.util.Map;

/**
 * What a signed PDF says about itself: whether its signature is intact and made with the company's
 * certificate, who signed when, and the information entries it carries.
 */
public record SignatureCheck(boolean signed, boolean intact, boolean companyKey, String signer, Instant signedAt,
                             Map<String, String> info) {

    public boolean valid() {
        return signed && intact && companyKey;
    }
}
