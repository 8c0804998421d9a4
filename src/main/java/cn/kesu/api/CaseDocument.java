package cn.kesu.api;

import cn.kesu.business.api.CaseSummary;
import cn.kesu.business.common.Texts;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.model.complaint.Step;

import java.time.Instant;
import java.util.Locale;

/**
 * A case in the API's answers. Codes are stable for programs ({@code step: "QA_INVESTIGATION"}), labels are the
 * screens' words in the caller's language; {@code status} is DRAFT (not yet submitted), OPEN, or
 * how it ended: CLOSED (结案), NOT_ACCEPTED (不受理) or INVALID.
 */
public record CaseDocument(Long id, String number, String status, String customerCode, String customerName,
                           String partNo, Coded severity, Coded step, Coded holder, Boolean awaitingCountersign,
                           Instant createdAt, Instant acceptedAt, Instant stepDueAt, Instant caseDueAt,
                           Instant closedAt, Contact lastContact, Promise openPromise, Long version) {

    /** A code and its label. */
    public record Coded(String code, String label) {
    }

    /** 客户联络记录: what the customer was last told, when and how. */
    public record Contact(Instant at, Coded channel, String summary) {
    }

    /** 对客户的承诺: the earliest promise to the customer still open, and when it is due. */
    public record Promise(Coded kind, Instant dueAt) {
    }

    static CaseDocument of(CaseSummary c, Locale locale) {
        return new CaseDocument(c.id(), c.number(), status(c.currentStep()), c.customerCode(),
                c.customerName(), c.partNo(),
                c.severity() == null ? null : coded(c.severity().name(), c.severity().labelKey(), locale),
                coded(c.currentStep().name(), c.currentStep().labelKey(), locale),
                c.holderDepartment() == null ? null
                        : coded(c.holderDepartment().name(), c.holderDepartment().labelKey(), locale),
                c.awaitingCountersign(), c.createdAt(), c.acceptedAt(), c.stepDueAt(), c.caseDueAt(), c.closedAt(),
                c.lastContact() == null ? null : new Contact(c.lastContact().at(),
                        coded(c.lastContact().channel().name(), c.lastContact().channel().labelKey(), locale),
                        c.lastContact().summary()),
                c.openPromise() == null ? null : new Promise(
                        coded(c.openPromise().kind().name(), c.openPromise().kind().labelKey(), locale),
                        c.openPromise().dueAt()),
                c.version());
    }

    /** A line of a list: what the ledger shows, without contacts and promises, labelled as a case is. */
    static CaseDocument of(CaseRow r, Locale locale) {
        return of(new CaseSummary(r.getId(), r.getNumber(), r.getCustomerCode(), r.getCustomerName(), r.getPartNo(),
                r.getSeverity(), r.getCurrentStep(), r.getHolderDepartment(), r.isAwaitingCountersign(),
                r.getCreatedAt(), r.getAcceptedAt(), r.getStepDueAt(), r.getCaseDueAt(), r.getClosedAt(), null, null,
                r.getVersion()), locale);
    }

    private static String status(Step step) {
        return switch (step) {
            case DRAFT, CLOSED, INVALID, NOT_ACCEPTED -> step.name();
            default -> "OPEN";
        };
    }

    private static Coded coded(String code, String labelKey, Locale locale) {
        return new Coded(code, Texts.text(locale, labelKey));
    }
}
