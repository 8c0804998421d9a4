package cn.kesu.business.complaint.query;

/**
 * The caller's open work list in figures (首页待办): cases whose step the caller works, cases waiting for the
 * caller's countersignature (会签), and how many of them are past the step's or the case's deadline (逾期).
 */
public record WorkCounts(long toWork, long toCountersign, long overdue) {

    public long total() {
        return toWork + toCountersign;
    }
}
