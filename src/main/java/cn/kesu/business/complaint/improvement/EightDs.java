package cn.kesu.business.complaint.improvement;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.OpenReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The rule that opens an 8D by itself (issue 14): once QA's investigation is done, an established case that is major
 * or crisis (a repeat is major by the repeat rule), a re-complaint, or marked 需追踪改善 by the GM office's
 * consolidation. The departments call it where those facts can change: QA's countersignature, the consolidation and
 * a raised severity.
 */
@ApplicationScoped
public class EightDs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void openIfDue(Complaint complaint) {
        if (complaint.getQa() == null || !complaint.getQa().isEstablished() || complaint.isAt(Step.QA_INVESTIGATION)
                || of(complaint.getId()).isPresent()) {
            return;
        }
        reason(complaint).ifPresent(reason -> em.persist(new EightD(complaint, reason, null, clock.instant())));
    }

    public Optional<EightD> of(Long caseId) {
        // The cause code is shown with the 8D, after the transaction.
        return em.createQuery("select d from EightD d left join fetch d.rootCause.causeCode"
                        + " where d.complaint.id = :caseId", EightD.class)
                .setParameter("caseId", caseId).getResultStream().findFirst();
    }

    /** Whether the case's 8D lists at least one containment action (D3): its containment decision is made. */
    public boolean hasContainment(Long caseId) {
        return em.createQuery("select count(a) from ImprovementAction a where a.complaint.id = :caseId"
                        + " and a.discipline = cn.kesu.model.improvement.Discipline.CONTAINMENT", Long.class)
                .setParameter("caseId", caseId).getSingleResult() > 0;
    }

    private static Optional<OpenReason> reason(Complaint complaint) {
        if (complaint.getSeverity() != Severity.GENERAL) {
            return Optional.of(OpenReason.MAJOR);
        }
        if (complaint.getOriginalCase() != null) {
            return Optional.of(OpenReason.RECOMPLAINT);
        }
        if (complaint.getConsolidation() != null && Boolean.TRUE.equals(complaint.getConsolidation().getTrackingNeeded())) {
            return Optional.of(OpenReason.TRACKING);
        }
        return Optional.empty();
    }
}
