package cn.kesu.business.complaint.objection;

import cn.kesu.business.common.StaleRecordException;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.signature.ElectronicSignature;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.business.execution.Execution;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.complaint.Ruling;
import cn.kesu.model.user.AppUser;
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
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;

/**
 * 签呈 (SPEC section 3, "Objection"): any department that disagrees with a resolution of an accepted
 * case files an objection with its reasons; the gm rules on it with his signature, and the ruling is
 * kept on the case and printed on its slip.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING})
public class Objections {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseActions actions;

    @Inject
    ElectronicSignature signatures;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** 提出签呈 on a numbered case, open or closed, in the name of the caller's department. */
    public Long file(@NotNull Long caseId, @Size(max = 4000) String reason) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            throw new UnknownCaseException(caseId);
        }
        actions.require(complaint, CaseAction.OBJECT, caller(), this::holds);
        String why = Execution.required(complaint, reason, "objection.reason");
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", caller())
                .getSingleResult();
        Objection objection = new Objection(complaint, user.getDepartment(), user.getUsername(), user.getFullName(),
                clock.instant(), why);
        em.persist(objection);
        return objection.getId();
    }

    /** 总经理批示: upheld or dismissed, with the ruling's text, signed by re-entering the password. */
    @RolesAllowed(Roles.GM)
    public void rule(@NotNull Long objectionId, long version, @NotNull Ruling ruling, @Size(max = 4000) String text,
                     String password) {
        Objection objection = em.find(Objection.class, objectionId);
        if (objection == null || objection.getVersion() != version) {
            throw new StaleRecordException(String.valueOf(objectionId));
        }
        Complaint complaint = objection.getComplaint();
        actions.requireRuling(objection, caller(), this::holds);
        String ruled = Execution.required(complaint, text, "objection.rulingText");
        var signer = signatures.verify(caller(), Role.GM, password);
        objection.rule(ruling, ruled, signer.username(), signer.fullName(), clock.instant());
    }

    @RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
            Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
            Roles.ACCOUNTING, Roles.AUDITOR})
    public List<Objection> ofCase(@NotNull Long caseId) {
        return em.createQuery("select o from Objection o where o.complaint.id = :id order by o.id", Objection.class)
                .setParameter("id", caseId).getResultList();
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
