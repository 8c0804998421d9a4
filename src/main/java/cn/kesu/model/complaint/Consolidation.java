package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The GM office's consolidated opinion (总经理室综合意见): the dispositions, the claim amount the customer
 * is to receive, the company's loss with its breakdown (客诉损失金额核算: product value, freight, rework,
 * scrap, compensation, other), the penalty proposal, and whether improvement tracking is needed
 * (人为疏忽免列案追踪 means a human slip needs none).
 */
@Embeddable
public class Consolidation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Convert(converter = DispositionsConverter.class)
    @Column(name = "cons_dispositions", length = 200)
    private Set<Disposition> dispositions = EnumSet.noneOf(Disposition.class);

    @Column(name = "cons_claim_amount", precision = 14, scale = 2)
    private BigDecimal claimAmount;

    @Column(name = "loss_product_value", precision = 14, scale = 2)
    private BigDecimal lossProductValue;

    @Column(name = "loss_freight", precision = 14, scale = 2)
    private BigDecimal lossFreight;

    @Column(name = "loss_rework", precision = 14, scale = 2)
    private BigDecimal lossRework;

    @Column(name = "loss_scrap", precision = 14, scale = 2)
    private BigDecimal lossScrap;

    @Column(name = "loss_compensation", precision = 14, scale = 2)
    private BigDecimal lossCompensation;

    @Column(name = "loss_other", precision = 14, scale = 2)
    private BigDecimal lossOther;

    @Column(name = "loss_amount", precision = 14, scale = 2)
    private BigDecimal lossAmount;

    @Column(name = "cons_penalty_proposal", length = 2000)
    private String penaltyProposal;

    @Column(name = "cons_tracking_needed")
    private Boolean trackingNeeded;

    /** The quantity the approver approves to take back (退货/换货/重处理): the ceiling of the return notes. */
    @Column(name = "cons_return_qty")
    private Integer returnQuantity;

    /**
     * The unit price of the goods taken back (退货/换货/重处理), for the value of those goods in the amount
     * that routes approval; nothing when no goods come back.
     */
    @Column(name = "cons_unit_price", precision = 14, scale = 4)
    private BigDecimal goodsUnitPrice;

    /** The unit price is the part catalog's (料号目录) at consolidation, the GM office having typed none. */
    @Column(name = "cons_unit_price_from_catalog")
    private Boolean unitPriceFromCatalog;

    /** The claim touches receivables: its amount is kept out of the salesperson's collection rate. */
    @Column(name = "cons_affects_receivables")
    private Boolean affectsReceivables;

    protected Consolidation() {
    }

    @SuppressWarnings("java:S107")
    public Consolidation(Set<Disposition> dispositions, BigDecimal claimAmount, BigDecimal lossProductValue,
                         BigDecimal lossFreight, BigDecimal lossRework, BigDecimal lossScrap,
                         BigDecimal lossCompensation, BigDecimal lossOther, String penaltyProposal,
                         boolean trackingNeeded, Integer returnQuantity, BigDecimal goodsUnitPrice,
                         boolean affectsReceivables) {
        this.dispositions = dispositions.isEmpty() ? EnumSet.noneOf(Disposition.class) : EnumSet.copyOf(dispositions);
        this.claimAmount = orZero(claimAmount);
        this.lossProductValue = orZero(lossProductValue);
        this.lossFreight = orZero(lossFreight);
        this.lossRework = orZero(lossRework);
        this.lossScrap = orZero(lossScrap);
        this.lossCompensation = orZero(lossCompensation);
        this.lossOther = orZero(lossOther);
        // Stored, not only derived, so statistics can sum it in the database.
        this.lossAmount = Stream.of(this.lossProductValue, this.lossFreight, this.lossRework, this.lossScrap,
                this.lossCompensation, this.lossOther).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.penaltyProposal = penaltyProposal;
        this.trackingNeeded = trackingNeeded;
        this.returnQuantity = returnQuantity;
        this.goodsUnitPrice = goodsUnitPrice;
        this.affectsReceivables = affectsReceivables;
    }

    /**
     * Where goods come back and the GM office typed no unit price, the part catalog's price of the case's part number
     * is their price; it is kept here, so a later change of the catalog does not move a routed amount.
     */
    public void priceFromCatalog(BigDecimal catalogUnitPrice) {
        if (goodsComeBack() && goodsUnitPrice == null && catalogUnitPrice != null) {
            this.goodsUnitPrice = catalogUnitPrice;
            this.unitPriceFromCatalog = true;
        }
    }

    public boolean isUnitPriceFromCatalog() {
        return Boolean.TRUE.equals(unitPriceFromCatalog);
    }

    /**
     * The value of the goods returned, exchanged or reworked: the approved quantity at the unit price. A return
     * of large value costs the company as much as a claim of that amount, though the customer gets no money.
     */
    public BigDecimal goodsValue() {
        if (!goodsComeBack() || goodsUnitPrice == null) {
            return BigDecimal.ZERO;
        }
        return goodsUnitPrice.multiply(BigDecimal.valueOf(approvedReturnQuantity())).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether goods are returned, exchanged or reworked: what has a unit price and a value. */
    private boolean goodsComeBack() {
        return getDispositions().stream().anyMatch(Disposition::needsReturnNote);
    }

    /** The amount that routes approval (核决金额) and what it is made of. */
    public ApprovalAmount approvalAmount() {
        return ApprovalAmount.of(approvedAmount(), goodsValue(), lossAmount == null ? BigDecimal.ZERO : lossAmount);
    }

    /** The approved allowance and compensation amount: the ceiling of the allowance notes. */
    public BigDecimal approvedAmount() {
        return claimAmount == null ? BigDecimal.ZERO : claimAmount;
    }

    public int approvedReturnQuantity() {
        return returnQuantity == null ? 0 : returnQuantity;
    }

    public boolean isAffectingReceivables() {
        return Boolean.TRUE.equals(affectsReceivables);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public Set<Disposition> getDispositions() { return dispositions == null ? Set.of() : Set.copyOf(dispositions); }
    public BigDecimal getClaimAmount() { return claimAmount; }
    public BigDecimal getLossProductValue() { return lossProductValue; }
    public BigDecimal getLossFreight() { return lossFreight; }
    public BigDecimal getLossRework() { return lossRework; }
    public BigDecimal getLossScrap() { return lossScrap; }
    public BigDecimal getLossCompensation() { return lossCompensation; }
    public BigDecimal getLossOther() { return lossOther; }
    public BigDecimal getLossAmount() { return lossAmount; }
    public String getPenaltyProposal() { return penaltyProposal; }
    public Boolean getTrackingNeeded() { return trackingNeeded; }
    public Integer getReturnQuantity() { return returnQuantity; }
    public Boolean getAffectsReceivables() { return affectsReceivables; }
    public BigDecimal getGoodsUnitPrice() { return goodsUnitPrice; }
}
