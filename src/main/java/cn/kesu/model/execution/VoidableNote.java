package cn.kesu.model.execution;

import cn.kesu.model.Handled;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An execution document that can be voided (作废), whichever kind: the 销货折让证明单 and the 成品退货单 are
 * voided alike (issue 15, item 4). Its issuer asks with a reason and the case's approver countersigns, or it is
 * voided at once when the case closes as 客户不接受，转新单; a posted note is in the books and stays.
 */
@MappedSuperclass
@Audited
public abstract class VoidableNote implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 作废: asked, or countersigned; null while nobody asked. */
    @Embedded
    private Voiding voiding;

    public abstract Long getId();

    public abstract Handled getIssued();

    public abstract String getNumber(ZoneId zone);

    /** The next action of the note's own status, voiding aside; null once posted. */
    protected abstract NoteAction statusNext();

    /** The label of the note's own status. */
    protected abstract String statusKey();

    /** 申请作废: the issuer asks, with a reason; the note waits for the approver's countersignature. */
    public void requestVoid(String reason, String by, Instant at) {
        requireVoidable();
        voiding = Voiding.requested(reason, by, at);
    }

    /** 作废 at once, when the customer did not accept and the case closes (客户不接受，转新单). */
    public void voidAtOnce(String reason, String by, Instant at) {
        requireVoidable();
        voiding = Voiding.voided(reason, by, at);
    }

    public void countersignVoid(String by, Instant at) {
        requireVoidPending();
        voiding.countersign(by, at);
    }

    /** The approver refused to void: the note goes on where it stood. */
    public void refuseVoid() {
        requireVoidPending();
        voiding = null;
    }

    /** Not posted, not voided and not waiting to be: what may still be voided. */
    public boolean isVoidable() {
        return voiding == null && statusNext() != null;
    }

    public boolean isVoided() {
        return voiding != null && voiding.isVoided();
    }

    public boolean isVoidPending() {
        return voiding != null && !voiding.isVoided();
    }

    /** What is done next: the status's next action, the void countersignature, or nothing once voided. */
    public NoteAction next() {
        return Voiding.next(voiding, statusNext());
    }

    /** The label of where the note stands, 作废 included. */
    public String stateKey() {
        return Voiding.stateKey(voiding, statusKey());
    }

    public Voiding getVoiding() {
        return voiding;
    }

    private void requireVoidable() {
        if (!isVoidable()) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + getId() + " cannot be voided");
        }
    }

    private void requireVoidPending() {
        if (!isVoidPending()) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + getId() + " has no void request");
        }
    }

    /** Which kind of document: 销货折让证明单 or 成品退货单. */
    public enum Kind {
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
