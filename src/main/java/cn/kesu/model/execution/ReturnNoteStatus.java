package cn.kesu.model.execution;

/**
 * Where a 成品退货单 stands. Issued by business; 批示 by the business manager before it goes to the warehouse
 * (seed 001, 第十三条: 呈经(副)理批示后…送成品仓储据以办理收料); received by the warehouse with the actual quantity;
 * reconciled by accounting: within the over-acceptance ratio it is posted at once, beyond it the
 * difference waits for business's explanation and the original approver's approval before posting.
 */
public enum ReturnNoteStatus {
    /** Issued; waits for the business manager's 批示. */
    ISSUED,
    /** 批示: released to the warehouse. */
    RELEASED,
    RECEIVED,
    /** 数量差异超出允收比率: waits for business's explanation. */
    VARIANCE,
    /** Explained; waits for the original approver. */
    EXPLAINED,
    /** The approver approved the difference; accounting posts the actual quantity. */
    VARIANCE_APPROVED,
    POSTED;

    /** What is done to a note in this state next; null once it is posted. */
    public NoteAction next() {
        return switch (this) {
            case ISSUED -> NoteAction.RELEASE;
            case RELEASED -> NoteAction.RECEIVE;
            case RECEIVED -> NoteAction.RECONCILE;
            case VARIANCE -> NoteAction.EXPLAIN;
            case EXPLAINED -> NoteAction.DECIDE;
            case VARIANCE_APPROVED -> NoteAction.POST_APPROVED;
            case POSTED -> null;
        };
    }

    public String labelKey() {
        return "returnStatus." + name();
    }
}
