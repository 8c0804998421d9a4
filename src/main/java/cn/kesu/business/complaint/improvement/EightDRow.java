package cn.kesu.business.complaint.improvement;

import cn.kesu.model.improvement.OpenReason;

import java.io.Serializable;
import java.time.Instant;

/** One open 8D as the 8D list shows it: its case, why it opened, how far it is, its open and overdue actions. */
public record EightDRow(Long caseId, String caseNumber, String customer, OpenReason reason, Instant openedAt,
                        Instant rootCauseAt, int cleanLots, long openActions, long overdueActions)
        implements Serializable {

    public String getReasonKey() {
        return reason.labelKey();
    }
}
