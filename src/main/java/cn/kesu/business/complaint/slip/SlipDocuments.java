package cn.kesu.business.complaint.slip;

import cn.kesu.model.complaint.SlipArchive;
import cn.kesu.model.complaint.SlipDownload;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * The signed slip of a case (签章客户抱怨处理表) for anyone who may read cases, auditors included, at
 * any step; every download is logged with who and when.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class SlipDocuments {

    @Inject
    SlipRendering rendering;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /**
     * The slip to download: a closed case's archived file, byte for byte (结案归档); an open case's current state,
     * marked 处理中 (草稿 before acceptance) and signed now. Every download is logged.
     */
    public byte[] signedSlip(Long caseId) {
        SlipArchive archived = em.find(SlipArchive.class, caseId);
        byte[] pdf = archived != null ? archived.getPdf() : rendering.signedSlip(caseId);
        em.persist(new SlipDownload(caseId, session.getCallerPrincipal().getName(), clock.instant()));
        return pdf;
    }
}
