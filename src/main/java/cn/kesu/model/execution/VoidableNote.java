package cn.kesu.model.execution;

import cn.kesu.model.Handled;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What voiding (作废) needs of an execution document, whichever kind: the 销货折让证明单 and the 成品退货单
 * are voided alike (issue 15, item 4).
 */
public interface VoidableNote {

    Long getId();

    Handled getIssued();

    String getNumber(ZoneId zone);

    Voiding getVoiding();

    boolean isVoidable();

    boolean isVoidPending();

    NoteAction next();

    String stateKey();

    void requestVoid(String reason, String by, Instant at);

    void voidAtOnce(String reason, String by, Instant at);

    void countersignVoid(String by, Instant at);

    void refuseVoid();

    /** Which kind of document: 销货折让证明单 or 成品退货单. */
    enum Kind {
        ALLOWANCE("销货折让证明单"),
        RETURN("成品退货单");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
