package cn.kesu.business.complaint.query;

/** Columns a case list sorts by; the screens may ask for no other. */
public enum CaseSort {
    NUMBER("c.number"),
    CUSTOMER("c.customer.code"),
    PART("c.slip.partNo"),
    STEP("c.currentStep"),
    STEP_DUE("c.stepDueAt"),
    CASE_DUE("c.caseDueAt"),
    CREATED("c.createdAt"),
    ACCEPTED("c.acceptedAt");

    private final String path;

    CaseSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
