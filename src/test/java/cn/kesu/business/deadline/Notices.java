package cn.kesu.business.deadline;

import cn.kesu.model.deadline.ClockPause;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.deadline.SeverityNotice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Reads a case's reminders, investigations, severity notices and pauses as stored, for assertions in the deadline tests. */
@Dependent
public class Notices {

    @PersistenceContext
    EntityManager em;

    public List<Reminder> reminders(Long caseId, ReminderKind kind) {
        return em.createQuery("select r from Reminder r left join fetch r.promise left join fetch r.action"
                + " where r.complaint.id = :id and r.kind = :kind order by r.id", Reminder.class).setParameter("id", caseId).setParameter("kind", kind).getResultList();
    }

    /** Every reminder issued on the day, in the company's zone, by the number's serial. */
    public List<Reminder> remindersIssuedOn(LocalDate day, ZoneId zone) {
        return em.createQuery("select r from Reminder r where r.issuedAt >= :from and r.issuedAt < :to"
                        + " order by r.daySerial.value", Reminder.class)
                .setParameter("from", day.atStartOfDay(zone).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant()).getResultList();
    }

    public List<Investigation> investigations(Long caseId) {
        return em.createQuery("select i from Investigation i where i.complaint.id = :id order by i.id",
                Investigation.class).setParameter("id", caseId).getResultList();
    }

    public List<SeverityNotice> severityNotices(Long caseId) {
        return em.createQuery("select n from SeverityNotice n where n.complaint.id = :id order by n.id",
                SeverityNotice.class).setParameter("id", caseId).getResultList();
    }

    public List<ClockPause> pauses(Long caseId) {
        return em.createNamedQuery(ClockPause.OF_CASE, ClockPause.class).setParameter("caseId", caseId).getResultList();
    }
}
