package cn.kesu.model.improvement;

import cn.kesu.model.Handled;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 效果确认批次: a lot of the same customer and part number made or shipped after the actions, as QA inspected it.
 * Written once: the application's database role may add lots, never change or remove them.
 */
@Entity
@Table(name = "verification_lot")
public class VerificationLot implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "eight_d_id", nullable = false, updatable = false)
    private EightD eightD;

    @Column(name = "lot_no", nullable = false, length = 40, updatable = false)
    private String lotNo;

    @Column(name = "made_on", nullable = false, updatable = false)
    private LocalDate madeOn;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false, updatable = false)
    private int inspected;

    @Column(nullable = false, updatable = false)
    private int defects;

    @Column(length = 2000, updatable = false)
    private String note;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "recorded_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false, updatable = false))
    private Handled recorded;

    protected VerificationLot() {
    }

    @SuppressWarnings("java:S107")
    public VerificationLot(EightD eightD, String lotNo, LocalDate madeOn, int quantity, int inspected, int defects,
                           String note, Handled recorded) {
        this.eightD = eightD;
        this.lotNo = lotNo;
        this.madeOn = madeOn;
        this.quantity = quantity;
        this.inspected = inspected;
        this.defects = defects;
        this.note = note;
        this.recorded = recorded;
    }

    public boolean isClean() {
        return defects == 0;
    }

    public Long getId() { return id; }
    public String getLotNo() { return lotNo; }
    public LocalDate getMadeOn() { return madeOn; }
    public int getQuantity() { return quantity; }
    public int getInspected() { return inspected; }
    public int getDefects() { return defects; }
    public String getNote() { return note; }
    public Handled getRecorded() { return recorded; }
}
