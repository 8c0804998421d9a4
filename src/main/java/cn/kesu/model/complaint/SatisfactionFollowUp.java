package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;

/** 回访: the customer's rating after closing, with who recorded it and when; recorded once. */
@Embeddable
public class SatisfactionFollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "followup_rating", length = 20)
    private Satisfaction rating;

    @Column(name = "followup_note", length = 2000)
    private String note;

    @Column(name = "followup_at")
    private Instant recordedAt;

    @Column(name = "followup_by", length = 50)
    private String recordedBy;

    protected SatisfactionFollowUp() {
    }

    public SatisfactionFollowUp(Satisfaction rating, String note, Instant recordedAt, String recordedBy) {
        this.rating = rating;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Satisfaction getRating() { return rating; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
