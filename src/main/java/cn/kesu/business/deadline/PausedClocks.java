package cn.kesu.business.deadline;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.deadline.CaseClock;
import cn.kesu.model.deadline.ClockPause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Starting and ending a pause of a step's clock. Ending moves the step deadline by the working days
 * the step waited (days begun while paused, from the pause's day up to the resumption's), and the
 * case deadline by the exact time it was paused if the GM office approved that. A step finished or
 * sent back while paused ends its pause first, so lateness is judged on the moved deadline.
 */
@ApplicationScoped
public class PausedClocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    public ClockPause pause(Complaint complaint, String reason, boolean askCaseClock, String by) {
        Instant now = clock.instant();
        ClockPause pause = new ClockPause(complaint, complaint.currentRecord(), reason, now, by, askCaseClock);
        em.persist(pause);
        complaint.pauseStep(now);
        return pause;
    }

    /** Ends the current step's open pause, if any; {@code by} is null when the step ended it. */
    public void endIfPaused(Complaint complaint, String by) {
        if (!complaint.isStepPaused()) {
            return;
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        StepRecord record = complaint.currentRecord();
        int days = calendar.workingDaysBetween(record.getPausedSince().atZone(zone).toLocalDate(),
                now.atZone(zone).toLocalDate());
        Instant due = record.getDueAt();
        complaint.resumeStep(due == null || days == 0 ? due
                : calendar.addWorkingDays(due.atZone(zone), days).toInstant());
        Duration caseMoved = null;
        if (complaint.getCasePausedSince() != null) {
            caseMoved = Duration.between(complaint.getCasePausedSince(), now);
            complaint.resumeCaseClock(complaint.getCaseDueAt().plus(caseMoved));
        }
        ClockPause pause = openPause(record);
        if (pause != null) {
            pause.resume(now, by, days, caseMoved);
        }
    }

    public ClockPause openPause(StepRecord record) {
        return em.createNamedQuery(ClockPause.OPEN_OF_STEP, ClockPause.class).setParameter("step", record)
                .getResultStream().findFirst().orElse(null);
    }

    public boolean caseClockRequested(ClockPause pause) {
        return pause != null && pause.getCaseClock() == CaseClock.REQUESTED;
    }
}
