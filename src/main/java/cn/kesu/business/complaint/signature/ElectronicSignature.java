package cn.kesu.business.complaint.signature;

import cn.kesu.infrastructure.security.ClientAddress;
import cn.kesu.infrastructure.security.SignInAttempts;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Signature;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Signer;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * 电子签核 (SPEC section 6): completing or countersigning a step asks for the password again; the
 * signature then records the signer as they are at that moment and what the signature means.
 */
@ApplicationScoped
public class ElectronicSignature {

    @Inject
    SignInAttempts attempts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /**
     * Verifies the re-entered password before anything of the action is recorded. A wrong one counts toward
     * the lockout like a failed sign-in, and a locked account cannot sign.
     */
    public Signer verify(String username, Role role, String password) {
        AppUser user = attempts.confirm(username, password, clientAddress.current())
                .orElseThrow(() -> new SignatureRefusedException(username));
        return new Signer(user.getUsername(), user.getFullName(), role, user.getDepartment());
    }

    /** Records a signature already verified, now. */
    public Signature sign(Complaint complaint, Signer signer, SignatureMeaning meaning, String opinion) {
        Signature signature = new Signature(complaint, complaint.currentRecord(), signer, clock.instant(), meaning,
                opinion == null || opinion.isBlank() ? null : opinion.strip());
        complaint.addSignature(signature);
        return signature;
    }
}
