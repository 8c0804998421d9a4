package cn.kesu.model.execution;

/** Where a 销货折让证明单 stands: issued, countersigned by the approver, signed by the customer, posted. */
public enum AllowanceNoteStatus {
    ISSUED,
    COUNTERSIGNED,
    CUSTOMER_SIGNED,
    POSTED;

    /** What is done to a note in this state next; null once it is posted. */
    public NoteAction next() {
        return switch (this) {
            case ISSUED -> NoteAction.COUNTERSIGN;
            case COUNTERSIGNED -> NoteAction.CUSTOMER_SIGN;
            case CUSTOMER_SIGNED -> NoteAction.POST;
            case POSTED -> null;
        };
    }

    public String labelKey() {
        return "allowanceStatus." + name();
    }
}
