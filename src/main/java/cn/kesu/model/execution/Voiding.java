package cn.kesu.model.execution;

import cn.kesu.model.Handled;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.io.Serializable;
import java.time.Instant;

/**
 * 作废 of an execution document (issue 15, item 4): asked by its issuer with a reason and countersigned by the
 * case's approver, or done at once when the customer does not accept the conclusion and the case closes as
 * 客户不接受，转新单. Absent (null) on a note nobody asked to void; a refused request removes it again (the
 * refusal stays in the case's signatures).
 */
@Embeddable
public class Voiding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "void_reason", length = 2000)
    private String reason;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "void_requested_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "void_requested_at"))
    private Handled requested;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "voided_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "voided_at"))
    private Handled voided;

    protected Voiding() {
    }

    /** Asked by the issuer; waits for the approver's countersignature. */
    static Voiding requested(String reason, String by, Instant at) {
        Voiding voiding = new Voiding();
        voiding.reason = reason;
        voiding.requested = new Handled(by, at);
        return voiding;
    }

    /** Voided at once, as when the case closes because the customer did not accept. */
    static Voiding voided(String reason, String by, Instant at) {
        Voiding voiding = requested(reason, by, at);
        voiding.voided = voiding.requested;
        return voiding;
    }

    void countersign(String by, Instant at) {
        voided = new Handled(by, at);
    }

    /** What comes next to a note with this voiding (possibly none) whose own next action is {@code regular}. */
    static NoteAction next(Voiding voiding, NoteAction regular) {
        if (voiding == null) {
            return regular;
        }
        return voiding.isVoided() ? null : NoteAction.COUNTERSIGN_VOID;
    }

    /** The label of a note's state: 作废, 作废待会签, or its own status's. */
    static String stateKey(Voiding voiding, String regular) {
        if (voiding == null) {
            return regular;
        }
        return voiding.isVoided() ? "note.state.VOIDED" : "note.state.VOID_REQUESTED";
    }

    public boolean isVoided() {
        return voided != null;
    }

    public String getReason() { return reason; }
    public Handled getRequested() { return requested; }
    public Handled getVoided() { return voided; }
}
