package cn.kesu.business.deadline;

import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;

/**
 * 查办单: the late department records the cause of its delay; the GM office closes the investigation
 * once a cause is there.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING})
public class Investigations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Membership membership;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public void recordCause(@NotNull Long investigationId, long version, @Size(max = 2000) String cause) {
        Investigation investigation = load(investigationId, version);
        if (investigation.getHolderDepartment() != membership.departmentOf(caller())) {
            throw new NotYourDepartmentException(number(investigation), investigation.getHolderDepartment());
        }
        if (cause == null || cause.isBlank()) {
            throw new AnswerRequiredException(number(investigation));
        }
        investigation.recordCause(cause.strip(), clock.instant(), caller());
    }

    @RolesAllowed(Roles.GM_OFFICE)
    public void close(@NotNull Long investigationId, long version) {
        Investigation investigation = load(investigationId, version);
        if (!investigation.hasCause()) {
            throw new CauseRequiredException(number(investigation));
        }
        investigation.close(clock.instant(), caller());
    }

    private Investigation load(Long id, long version) {
        Investigation investigation = em.find(Investigation.class, id);
        if (investigation == null || investigation.getVersion() != version) {
            throw new StaleNoticeException(investigation == null ? "#" + id : number(investigation));
        }
        if (investigation.isClosed()) {
            throw new InvestigationClosedException(number(investigation));
        }
        em.lock(investigation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return investigation;
    }

    private String number(Investigation investigation) {
        return investigation.getNumber(clock.getZone());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
