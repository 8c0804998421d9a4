package cn.kesu.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * 经办: who did one act on a record and when, e.g. who posted a 销货折让证明单. A record holds one per act;
 * the entity names the two columns of each ({@code posted_by}, {@code posted_at}) with attribute
 * overrides, so the table keeps its columns. Absent (null) until the act is done.
 */
@Embeddable
public class Handled implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(length = 50)
    private String actor;

    private Instant at;

    protected Handled() {
    }

    /** {@code actor} is null when no person did it, as when recording a step's work ends a paused clock. */
    public Handled(String actor, Instant at) {
        this.actor = actor;
        this.at = Objects.requireNonNull(at, "at");
    }

    /** The username of who did it; null when no person did. */
    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
