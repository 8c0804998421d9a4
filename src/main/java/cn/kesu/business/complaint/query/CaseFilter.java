package cn.kesu.business.complaint.query;

import cn.kesu.model.complaint.Step;

import java.time.YearMonth;

/**
 * Filters of the work lists and the ledger; null means "any". Number and part match from the start,
 * customer by code or name anywhere; month is the month of acceptance.
 */
public record CaseFilter(String number, String customer, String partNo, Step step, boolean overdueOnly,
                         YearMonth acceptedIn) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, false, null);
    }
}
