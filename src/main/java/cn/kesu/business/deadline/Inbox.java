package cn.kesu.business.deadline;

import cn.kesu.business.settings.Settings;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.deadline.ClockPause;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a user's department has to answer: its reminders (催办单) and delay investigations (查办单), the
 * newest first. The GM office and the gm see every department's, filterable by department; the gm
 * also sees the escalations addressed to him. The "unread" count of the menu is what still waits for
 * the user's department: reminders not yet acknowledged, investigations without a cause — and for the
 * GM office, investigations waiting to be closed and follow-ups (回访) overdue; for the gm, escalations
 * not yet answered, 重大客诉通报 not yet acknowledged and 签呈 waiting for his ruling.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class Inbox {

    /** A screenful: the inbox is for what is current; the export and the filters reach the rest. */
    public static final int LIMIT = 1000;

    /**
     * 回访 is a call about a recent case: a case left unrated for three months (such as those closed
     * before follow-ups were recorded here) leaves the list rather than piling up in it for good.
     */
    static final Duration FOLLOW_UP_HORIZON = Duration.ofDays(90);

    /**
     * The most overdue follow-ups the inbox count reads; beyond, it says "+". A hundred ids cost the index about a
     * millisecond, a thousand about six on a million cases, on every page.
     */
    public static final int FOLLOW_UPS_COUNTED = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Membership membership;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Whether the caller sees every department's notices (GM office, gm, deputy gm, auditors). */
    public boolean seesAll() {
        return session.isCallerInRole(Role.GM_OFFICE.roleName()) || session.isCallerInRole(Role.GM.roleName())
                || session.isCallerInRole(Role.DEPUTY_GM.roleName()) || session.isCallerInRole(Role.AUDITOR.roleName());
    }

    /** What a reminder is about, beside its step, read with it for the lists: a promise or an 8D action. */
    private static final String ABOUT = " left join fetch r.promise left join fetch r.action";

    public List<Reminder> reminders(Department department, boolean openOnly) {
        Department scope = scope(department);
        String jpql = "select r from Reminder r join fetch r.complaint" + ABOUT + " where (:dept is null"
                + " or r.holderDepartment = :dept"
                + (escalationsToCaller() ? " or r.escalated = true" : "") + ")"
                + (openOnly ? " and r.reply.at is null" : "") + " order by r.issuedAt desc, r.id desc";
        return em.createQuery(jpql, Reminder.class).setParameter("dept", scope).setMaxResults(LIMIT).getResultList();
    }

    public List<Investigation> investigations(Department department, boolean openOnly) {
        Department scope = scope(department);
        String jpql = "select i from Investigation i join fetch i.complaint where (:dept is null or i.holderDepartment = :dept)"
                + (openOnly ? " and i.closing.at is null" : "") + " order by i.openedAt desc, i.id desc";
        return em.createQuery(jpql, Investigation.class).setParameter("dept", scope).setMaxResults(LIMIT)
                .getResultList();
    }

    /** 重大客诉通报 for the gm, and for those who see all: the newest first. */
    public List<SeverityNotice> severityNotices(boolean openOnly) {
        if (!seesAll()) {
            return List.of();
        }
        return em.createQuery("select n from SeverityNotice n join fetch n.complaint"
                        + (openOnly ? " where n.acknowledgement.at is null" : "") + " order by n.issuedAt desc, n.id desc",
                SeverityNotice.class).setMaxResults(LIMIT).getResultList();
    }

    /** 签呈 for the gm to rule on (all of them with {@code openOnly} false), for those who see all. */
    public List<Objection> objections(boolean openOnly) {
        if (!seesAll()) {
            return List.of();
        }
        return em.createQuery("select o from Objection o join fetch o.complaint"
                + (openOnly ? " where o.rulingSigned.at is null" : "") + " order by o.filed.at desc, o.id desc", Objection.class)
                .setMaxResults(LIMIT).getResultList();
    }

    /**
     * 回访 still to do: closed cases without a rating, for business (who calls the customer) and the
     * GM office (who watches it); overdue once the configured days after closing have passed.
     */
    public List<FollowUpRow> followUps(boolean overdueOnly) {
        if (!seesAll() && membership.departmentOf(caller()) != Department.BUSINESS) {
            return List.of();
        }
        Instant now = clock.instant();
        Duration due = Duration.ofDays(settings.days(SettingKey.FOLLOW_UP_DAYS));
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.number, c.customer.name, c.createdBy, c.closedAt"
                + " from Complaint c where c.closedAt >= :horizon and c.followUp.recordedAt is null"
                + (overdueOnly ? " and c.closedAt < :overdue" : "") + " order by c.closedAt desc", Object[].class)
                .setParameter("horizon", now.minus(FOLLOW_UP_HORIZON));
        if (overdueOnly) {
            query.setParameter("overdue", now.minus(due));
        }
        return query.setMaxResults(LIMIT).getResultList().stream()
                .map(r -> new FollowUpRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Instant) r[4],
                        ((Instant) r[4]).plus(due), ((Instant) r[4]).plus(due).isBefore(now)))
                .toList();
    }

    public List<Reminder> remindersOfCase(Long caseId) {
        return em.createQuery("select r from Reminder r" + ABOUT + " where r.complaint.id = :id"
                + " order by r.id", Reminder.class).setParameter("id", caseId).getResultList();
    }

    public List<Investigation> investigationsOfCase(Long caseId) {
        return em.createQuery("select i from Investigation i where i.complaint.id = :id order by i.id",
                Investigation.class).setParameter("id", caseId).getResultList();
    }

    public List<ClockPause> pausesOfCase(Long caseId) {
        return em.createNamedQuery(ClockPause.OF_CASE, ClockPause.class).setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * What waits in the caller's inbox, for the menu and the home page on every page: overdue 回访 are counted up to
     * {@link #FOLLOW_UPS_COUNTED} only (issue 17: no count that grows with all matching rows).
     */
    public UnreadCount unreadCount() {
        Department own = membership.departmentOf(caller());
        long count = count("select count(r) from Reminder r where r.holderDepartment = :dept and r.acknowledgement.at is null",
                own) + count("select count(i) from Investigation i where i.holderDepartment = :dept and i.cause is null",
                own);
        boolean more = false;
        if (session.isCallerInRole(Role.GM_OFFICE.roleName())) {
            count += em.createQuery("select count(i) from Investigation i where i.cause is not null and i.closing.at is null",
                    Long.class).getSingleResult();
            int followUps = em.createQuery("select c.id from Complaint c where c.closedAt < :overdue"
                            + " and c.closedAt >= :horizon and c.followUp.recordedAt is null", Long.class)
                    .setParameter("overdue", clock.instant().minus(Duration.ofDays(settings.days(SettingKey.FOLLOW_UP_DAYS))))
                    .setParameter("horizon", clock.instant().minus(FOLLOW_UP_HORIZON))
                    .setMaxResults(FOLLOW_UPS_COUNTED + 1).getResultList().size();
            count += Math.min(followUps, FOLLOW_UPS_COUNTED);
            more = followUps > FOLLOW_UPS_COUNTED;
        }
        if (session.isCallerInRole(Role.GM.roleName())) {
            count += em.createQuery("select count(r) from Reminder r where r.escalated = true and r.reply.at is null"
                    + " and r.holderDepartment <> :dept", Long.class).setParameter("dept", own).getSingleResult();
            count += em.createQuery("select count(n) from SeverityNotice n where n.acknowledgement.at is null", Long.class)
                    .getSingleResult();
            count += em.createQuery("select count(o) from Objection o where o.rulingSigned.at is null", Long.class)
                    .getSingleResult();
        }
        return new UnreadCount(count, more);
    }

    private long count(String jpql, Department department) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        return query.setParameter("dept", department).getSingleResult();
    }

    /** The department filter the caller may use: any (null = all) when he sees all, else his own. */
    private Department scope(Department requested) {
        return seesAll() ? requested : membership.departmentOf(caller());
    }

    private boolean escalationsToCaller() {
        return session.isCallerInRole(Role.GM.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
