package cn.kesu.business.complaint.severity;

import cn.kesu.business.common.NoticeSerials;
import cn.kesu.business.settings.Settings;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.deadline.SeverityReason;
import cn.kesu.model.settings.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Severity and repeats (SPEC section 7): a case becomes major when the same customer and part number
 * complained three or more times within 30 days, or when its claim exceeds the deputy gm's approval
 * limit (both configurable); the GM office may raise any case. Whenever an accepted case is, or
 * becomes, major or crisis, the gm gets a 重大客诉通报 — once per case and level.
 */
@ApplicationScoped
public class SeverityWatch {

    @Inject
    NoticeSerials serials;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** At acceptance: the repeat rule, and the notice a re-complaint's raised severity calls for. */
    public void accepted(Complaint complaint) {
        if (isRepeat(complaint) && complaint.raiseSeverity(Severity.MAJOR)) {
            notifyGm(complaint, SeverityReason.REPEAT, null);
        } else if (complaint.getOriginalCase() != null) {
            // A re-complaint was drafted one level up; the gm hears of it once it is a case.
            notifyGm(complaint, SeverityReason.RECOMPLAINT, null);
        }
    }

    /**
     * Whether this complaint, with those the customer made about the part number in the window before it,
     * reaches the configured count. Only earlier complaints count: received before it, or received at the
     * same moment and accepted (numbered) before it; never the complaint itself or one accepted after it.
     * A chain of re-complaints is one complaint, at its first receipt (issue 15, item 10): a re-complaint is
     * judged as its chain's first case, and the other chains count by their first cases only.
     */
    public boolean isRepeat(Complaint complaint) {
        Complaint first = complaint.firstOfChain();
        Duration window = Duration.ofDays(settings.days(SettingKey.REPEAT_WINDOW_DAYS));
        Instant received = first.getSlip().getReceivedAt();
        long earlier = em.createQuery("select count(c) from Complaint c where c.customer = :customer"
                        + " and c.slip.partNo = :part and c.submittedAt is not null and c <> :self and c.originalCase is null"
                        + " and c.slip.receivedAt >= :from and (c.slip.receivedAt < :received"
                        + " or (c.slip.receivedAt = :received and c.number is not null))", Long.class)
                .setParameter("customer", complaint.getCustomer()).setParameter("part", complaint.getSlip().getPartNo())
                .setParameter("self", first).setParameter("from", received.minus(window))
                .setParameter("received", received)
                .getSingleResult();
        return earlier + 1 >= settings.days(SettingKey.REPEAT_COMPLAINTS);
    }

    /** At consolidation: an approval amount (核决金额) above the deputy gm's limit makes the case major. */
    public void consolidated(Complaint complaint, BigDecimal approvalAmount) {
        if (approvalAmount.compareTo(settings.amount(SettingKey.APPROVAL_LIMIT_DEPUTY_GM)) > 0
                && complaint.raiseSeverity(Severity.MAJOR)) {
            notifyGm(complaint, SeverityReason.CLAIM_LIMIT, null);
        }
    }

    /** QA's finding set the severity. */
    public void investigated(Complaint complaint) {
        notifyGm(complaint, SeverityReason.QA_FINDING, null);
    }

    /** The GM office raised the case. */
    public void raised(Complaint complaint, String note) {
        notifyGm(complaint, SeverityReason.GM_OFFICE, note);
    }

    private void notifyGm(Complaint complaint, SeverityReason reason, String note) {
        if (!complaint.isNumbered() || !complaint.getSeverity().isMajorOrWorse()) {
            return;
        }
        long sent = em.createQuery("select count(n) from SeverityNotice n where n.complaint = :c and n.severity = :s",
                Long.class).setParameter("c", complaint).setParameter("s", complaint.getSeverity()).getSingleResult();
        if (sent == 0) {
            SeverityNotice notice = new SeverityNotice(complaint, reason, note, clock.instant());
            notice.getDaySerial().assign(serials.next(NoticeSerials.Kind.ZD, notice.getIssuedAt(), clock.getZone()));
            em.persist(notice);
        }
    }
}
