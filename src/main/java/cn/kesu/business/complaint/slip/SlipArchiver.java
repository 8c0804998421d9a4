package cn.kesu.business.complaint.slip;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.SlipArchive;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * 结案归档: renders a closed case's signed five-copy slip once and keeps it byte for byte ({@link SlipArchive}).
 * Runs in a transaction of its own right after the closing one committed ({@link SlipArchiving}), so the file
 * shows the case exactly as it was closed, final version included.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING})
public class SlipArchiver {

    @Inject
    SlipRendering rendering;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void archive(Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null || !complaint.getCurrentStep().isEnd() || em.find(SlipArchive.class, caseId) != null) {
            return;
        }
        byte[] pdf = rendering.signedSlip(caseId);
        em.persist(new SlipArchive(caseId, pdf, sha256(pdf), complaint.getVersion(), clock.instant()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
