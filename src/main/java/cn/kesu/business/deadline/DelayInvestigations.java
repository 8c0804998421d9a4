package cn.kesu.business.deadline;

import cn.kesu.business.common.NoticeSerials;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.model.deadline.Investigation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/** 查办单 at closing (结案): one for every stay at a step that finished after its (possibly moved) deadline. */
@ApplicationScoped
public class DelayInvestigations {

    @Inject
    NoticeSerials serials;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingHours hours;

    @Inject
    Clock clock;

    public int openFor(Complaint closed) {
        Instant now = clock.instant();
        Instant mailAt = hours.nextOpen(now);
        int opened = 0;
        for (StepRecord record : closed.getSteps()) {
            if (record.getFinishedAt() != null && record.isLate(now)) {
                Investigation investigation = new Investigation(closed, record, now, mailAt);
                investigation.getDaySerial().assign(serials.next(NoticeSerials.Kind.CX, now, clock.getZone()));
                em.persist(investigation);
                opened++;
            }
        }
        return opened;
    }
}
