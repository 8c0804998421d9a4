package cn.kesu.model.execution;

/** Where a 销货折让证明单 stands: issued, countersigned by the approver, signed by the customer, posted. */
public enum AllowanceNoteStatus {
    ISSUED,
    COUNTERSIGNED,
    CUSTOMER_SIGNED,
    POSTED;

    public String labelKey() {
        return "allowanceStatus." + name();
    }
}
