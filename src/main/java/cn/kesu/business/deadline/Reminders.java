package cn.kesu.business.deadline;

import cn.kesu.model.deadline.Reminder;
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
 * The holding department's side of a 催办单: acknowledge it (签收) or answer it (回复). The gm may also
 * answer an escalated one. Three unanswered reminders of one step make the next one an escalation.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING})
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public void acknowledge(@NotNull Long reminderId, long version) {
        Reminder reminder = load(reminderId, version);
        reminder.acknowledge(clock.instant(), caller());
    }

    public void answer(@NotNull Long reminderId, long version, @Size(max = 2000) String text) {
        Reminder reminder = load(reminderId, version);
        if (text == null || text.isBlank()) {
            throw new AnswerRequiredException(number(reminder));
        }
        reminder.answer(text.strip(), clock.instant(), caller());
    }

    private Reminder load(Long id, long version) {
        Reminder reminder = em.find(Reminder.class, id);
        if (reminder == null || reminder.getVersion() != version) {
            throw new StaleNoticeException(reminder == null ? "#" + id : number(reminder));
        }
        // Acknowledged and answered by those it is addressed to (Reminder.addressees), as it is mailed.
        if (reminder.addressees().stream().noneMatch(role -> session.isCallerInRole(role.roleName()))) {
            throw new NotYourDepartmentException(number(reminder), reminder.getHolderDepartment());
        }
        em.lock(reminder, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return reminder;
    }

    private String number(Reminder reminder) {
        return reminder.getNumber(clock.getZone());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
