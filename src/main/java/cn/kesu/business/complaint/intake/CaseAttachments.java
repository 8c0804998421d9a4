package cn.kesu.business.complaint.intake;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.model.complaint.Attachment;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

/**
 * 附件: photos of the defect and customer letters from business, lab photos and reports from QA, analyses from
 * production and R&amp;D, the GM office's papers — each department at its own step ({@link CaseActions} says who
 * may), recorded with who added it at which step. Bounded by size and type ({@link AttachmentPolicy}).
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING})
public class CaseAttachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseActions actions;

    @Inject
    AttachmentPolicy policy;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public Long attach(@NotNull Long caseId, String fileName, byte[] content) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        String caller = session.getCallerPrincipal().getName();
        actions.require(complaint, CaseAction.ATTACH, caller, role -> session.isCallerInRole(role.roleName()));
        String type = policy.check(fileName, content);
        Attachment attachment = new Attachment(complaint, fileName.strip(), type, content, caller, clock.instant());
        em.persist(attachment);
        return attachment.getId();
    }
}
