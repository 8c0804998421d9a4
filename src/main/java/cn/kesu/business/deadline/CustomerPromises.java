package cn.kesu.business.deadline;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerContact;
import cn.kesu.model.complaint.CustomerPromise;
import cn.kesu.model.complaint.PromiseKind;
import cn.kesu.model.complaint.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The promises to the customer (SPEC section 3, issue 14) as the case moves: the acknowledgement when the slip is
 * registered, the initial report, the weekly progress contact and the customer's requested report date when the
 * GM office accepts it, the final answer when it is approved. Each contact keeps the open promises it answers; when
 * the case closes, what was not yet due is no longer owed, and what was due and not kept stays missed. The reminder
 * scan watches the open ones ({@link ReminderScan}).
 */
@ApplicationScoped
public class CustomerPromises {

    private static final int ACKNOWLEDGE_WORKING_DAYS = 1;
    private static final Duration ACKNOWLEDGE_CRISIS = Duration.ofHours(24);
    private static final int INITIAL_REPORT_WORKING_DAYS = 3;
    private static final int PROGRESS_DAYS = 7;
    private static final int FINAL_ANSWER_WORKING_DAYS = 1;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    /** 登记: the customer hears the complaint was received within one working day of receipt, a crisis within 24 hours. */
    public void registered(Complaint complaint) {
        if (made(complaint, PromiseKind.ACKNOWLEDGEMENT)) {
            return; // registered again after the GM office sent the slip back: the receipt has not moved
        }
        Instant received = complaint.getSlip().getReceivedAt();
        promise(complaint, PromiseKind.ACKNOWLEDGEMENT, received, complaint.getSeverity() == Severity.CRISIS
                ? received.plus(ACKNOWLEDGE_CRISIS) : workingDaysAfter(received, ACKNOWLEDGE_WORKING_DAYS));
    }

    /**
     * 升为危机: a case raised to crisis before its receipt was acknowledged owes the acknowledgement within 24 hours of
     * the receipt, as if it had come in as one.
     */
    public void raised(Complaint complaint) {
        if (complaint.getSeverity() == Severity.CRISIS) {
            Instant crisisDue = complaint.getSlip().getReceivedAt().plus(ACKNOWLEDGE_CRISIS);
            open(complaint, PromiseKind.ACKNOWLEDGEMENT).forEach(promise -> promise.bringForward(crisisDue));
        }
    }

    /**
     * 受理: an initial report within three working days unless the case is finished by then, a progress contact
     * every seven days, and the report by the date the customer asked for, when the slip names one.
     */
    public void accepted(Complaint complaint) {
        Instant accepted = complaint.getAcceptedAt();
        promise(complaint, PromiseKind.INITIAL_REPORT, accepted, workingDaysAfter(accepted, INITIAL_REPORT_WORKING_DAYS));
        promise(complaint, PromiseKind.PROGRESS, accepted, daysAfter(accepted, PROGRESS_DAYS));
        LocalDate asked = complaint.getSlip().getReportRequestedBy();
        if (asked != null) {
            // The whole day the customer named, from the receipt: a report sent before acceptance keeps it too.
            promise(complaint, PromiseKind.REQUESTED_REPORT, complaint.getSlip().getReceivedAt(),
                    asked.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
    }

    /** 核准: what was approved is told to the customer within a working day, before 结案. */
    public void approved(Complaint complaint) {
        if (open(complaint, PromiseKind.FINAL_ANSWER).isEmpty()) {
            Instant now = clock.instant();
            // Contacts are entered to the minute: the one in the minute of the approval tells its result.
            promise(complaint, PromiseKind.FINAL_ANSWER, now.truncatedTo(ChronoUnit.MINUTES),
                    workingDaysAfter(now, FINAL_ANSWER_WORKING_DAYS));
        }
    }

    /**
     * Whether the case still owes the customer its final answer: the approval made the promise and no contact that
     * sent the final answer kept it. 结案 waits for it. (A case approved before promises were kept owes none here.)
     */
    public boolean finalAnswerOwed(Complaint complaint) {
        return !open(complaint, PromiseKind.FINAL_ANSWER).isEmpty();
    }

    public void requireFinalAnswer(Complaint complaint) {
        if (finalAnswerOwed(complaint)) {
            throw new FinalAnswerRequiredException(complaint.label());
        }
    }

    /**
     * A contact keeps every open promise it answers. While the case is open, the next progress contact is then
     * due seven days after the latest contact.
     */
    public void contacted(Complaint complaint, CustomerContact contact) {
        for (CustomerPromise promise : em.createQuery("select p from CustomerPromise p where p.complaint = :complaint"
                + " and p.keptAt is null", CustomerPromise.class).setParameter("complaint", complaint).getResultList()) {
            if (promise.keptBy(contact)) {
                promise.keep(contact);
            }
        }
        if (complaint.getClosedAt() == null && complaint.isNumbered()
                && open(complaint, PromiseKind.PROGRESS).isEmpty()) {
            Instant latest = em.createQuery("select max(k.contactedAt) from CustomerContact k where k.complaint = :c",
                    Instant.class).setParameter("c", complaint).getSingleResult();
            promise(complaint, PromiseKind.PROGRESS, latest, daysAfter(latest, PROGRESS_DAYS));
        }
    }

    /**
     * 结案: what was not yet due is no longer owed; what was due and not kept lapses — missed for good, and no longer
     * among the open promises the scan reads, however many closed cases missed theirs.
     */
    public void closed(Complaint complaint) {
        Instant now = clock.instant();
        em.createQuery("delete from CustomerPromise p where p.complaint = :complaint and p.keptAt is null"
                + " and p.dueAt > :now").setParameter("complaint", complaint).setParameter("now", now).executeUpdate();
        em.createQuery("update CustomerPromise p set p.lapsedAt = :now where p.complaint = :complaint"
                + " and p.keptAt is null").setParameter("complaint", complaint).setParameter("now", now).executeUpdate();
    }

    /** A new promise, kept at once by the first contact already recorded that answers it. */
    private void promise(Complaint complaint, PromiseKind kind, Instant since, Instant due) {
        CustomerPromise promise = new CustomerPromise(complaint, kind, since, due);
        em.createQuery("select k from CustomerContact k where k.complaint = :c and k.contactedAt >= :since"
                        + " order by k.contactedAt, k.id", CustomerContact.class)
                .setParameter("c", complaint).setParameter("since", since).getResultStream()
                .filter(promise::keptBy).findFirst().ifPresent(promise::keep);
        em.persist(promise);
    }

    private List<CustomerPromise> open(Complaint complaint, PromiseKind kind) {
        return em.createQuery("select p from CustomerPromise p where p.complaint = :complaint and p.kind = :kind"
                + " and p.keptAt is null", CustomerPromise.class).setParameter("complaint", complaint)
                .setParameter("kind", kind).getResultList();
    }

    private boolean made(Complaint complaint, PromiseKind kind) {
        return em.createQuery("select count(p) from CustomerPromise p where p.complaint = :complaint and p.kind = :kind",
                        Long.class).setParameter("complaint", complaint)
                .setParameter("kind", kind).getSingleResult() > 0;
    }

    private Instant workingDaysAfter(Instant start, int days) {
        return calendar.addWorkingDays(start.atZone(clock.getZone()), days).toInstant();
    }

    private Instant daysAfter(Instant start, int days) {
        return start.atZone(clock.getZone()).plusDays(days).toInstant();
    }
}
