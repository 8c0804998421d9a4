package cn.kesu.model.complaint;

import java.util.Set;

/**
 * What the customer was promised (对客户的承诺, SPEC section 3), and which contact keeps it: any contact for the
 * acknowledgement of receipt and the weekly progress contact; an initial report or the analysis (alone, in the 8D
 * report or in the final answer) for the initial report; the analysis for the customer's requested date; the final
 * answer for the final answer.
 */
public enum PromiseKind {
    /** 受理回执: within one working day of receipt, 24 hours for a crisis. */
    ACKNOWLEDGEMENT,
    /** 初步报告: within three working days of acceptance, unless the case is finished by then. */
    INITIAL_REPORT,
    /** 客户要求报告日期: the date the slip says the customer asked for a report by. */
    REQUESTED_REPORT,
    /** 进度告知: at least every seven days while the case is open. */
    PROGRESS,
    /** 最终答复: what was approved, told to the customer before 结案. */
    FINAL_ANSWER;

    /** Whether a contact that sent these documents keeps a promise of this kind. */
    public boolean keptBy(Set<ContactDocument> sent) {
        return switch (this) {
            case ACKNOWLEDGEMENT, PROGRESS -> true;
            case INITIAL_REPORT -> sent.contains(ContactDocument.INITIAL_REPORT) || analysis(sent);
            // The initial report is what goes out when the analysis cannot make the customer's date: it keeps its
            // own promise, not the date.
            case REQUESTED_REPORT -> analysis(sent);
            case FINAL_ANSWER -> sent.contains(ContactDocument.FINAL_ANSWER);
        };
    }

    /** The analysis the customer asked for: on its own, in the 8D report's customer version, or in the final answer. */
    private static boolean analysis(Set<ContactDocument> sent) {
        return sent.contains(ContactDocument.ANALYSIS_REPORT) || sent.contains(ContactDocument.EIGHT_D_REPORT)
                || sent.contains(ContactDocument.FINAL_ANSWER);
    }

    public String labelKey() {
        return "promise." + name();
    }
}
