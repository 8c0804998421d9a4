package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;

/** 仅说明: the customer acknowledged the company's explanation, as business recorded it. */
@Embeddable
public class CustomerAcknowledgement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "ack_text", length = 2000)
    private String text;

    @Column(name = "ack_at")
    private Instant recordedAt;

    @Column(name = "ack_by", length = 50)
    private String recordedBy;

    protected CustomerAcknowledgement() {
    }

    public CustomerAcknowledgement(String text, Instant recordedAt, String recordedBy) {
        this.text = text;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getText() { return text; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
