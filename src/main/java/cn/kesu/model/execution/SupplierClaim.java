package cn.kesu.model.execution;

import cn.kesu.model.Handled;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.complaint.Complaint;
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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * 供应商索赔: when QA attributes a share of a case to a raw-material supplier (原物料供应商), the GM office
 * claims that share of the approved loss amount from the supplier; accounting records the settlement.
 * The amount is fixed when the claim is raised: share × loss, to the fen.
 */
@Entity
@Audited
@Table(name = "supplier_claim")
public class SupplierClaim implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private CatalogEntry supplier;

    @Column(name = "share_percent", nullable = false, updatable = false)
    private int sharePercent;

    @Column(name = "loss_amount", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal lossAmount;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "raised_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "raised_at", nullable = false, updatable = false))
    private Handled raised;

    @Column(name = "settled_amount", precision = 14, scale = 2)
    private BigDecimal settledAmount;

    @Column(name = "settlement_note", length = 2000)
    private String settlementNote;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "settled_by", length = 50))
    @AttributeOverride(name = "at", column = @Column(name = "settled_at"))
    private Handled settlement;

    @Version
    private long version;

    protected SupplierClaim() {
    }

    public SupplierClaim(Complaint complaint, CatalogEntry supplier, int sharePercent, BigDecimal lossAmount,
                         Instant raisedAt, String raisedBy) {
        this.complaint = complaint;
        this.supplier = supplier;
        this.sharePercent = sharePercent;
        this.lossAmount = lossAmount;
        this.amount = amountFor(sharePercent, lossAmount);
        this.raised = new Handled(raisedBy, raisedAt);
    }

    /** The supplier's share of the loss, rounded half up to the fen. */
    public static BigDecimal amountFor(int sharePercent, BigDecimal loss) {
        return loss.multiply(BigDecimal.valueOf(sharePercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** 结清: what the supplier paid or credited, with a note; recorded once. */
    public void settle(BigDecimal paid, String note, String by, Instant at) {
        if (isSettled()) {
            throw new IllegalStateException("supplier claim " + id + " is settled");
        }
        settledAmount = paid;
        settlementNote = note;
        settlement = new Handled(by, at);
    }

    public boolean isSettled() {
        return settlement != null;
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public CatalogEntry getSupplier() { return supplier; }
    public int getSharePercent() { return sharePercent; }
    public BigDecimal getLossAmount() { return lossAmount; }
    public BigDecimal getAmount() { return amount; }
    public Handled getRaised() { return raised; }
    public BigDecimal getSettledAmount() { return settledAmount; }
    public String getSettlementNote() { return settlementNote; }
    public Handled getSettlement() { return settlement; }
    public long getVersion() { return version; }
}
