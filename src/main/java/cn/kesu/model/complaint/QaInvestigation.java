package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * What QA finds (质量管理部调查): the cause, whether the complaint is established (成立/不成立), and whether it
 * is special and needs R&amp;D. Responsibility shares are kept as {@link Responsibility} rows on the case. The
 * containment (不良影响范围) is a list of actions on the case's 8D; investigations signed before that kept it here as
 * text and tick boxes, which are still read and shown.
 */
@Embeddable
public class QaInvestigation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "qa_cause", length = 4000)
    private String cause;

    @Column(name = "qa_established")
    private Boolean established;

    @Column(name = "qa_special")
    private Boolean special;

    @Column(name = "qa_affected_lots", length = 1000, updatable = false)
    private String affectedLots;

    @Column(name = "qa_recall", updatable = false)
    private Boolean recall;

    @Column(name = "qa_wip_held", updatable = false)
    private Boolean wipHeld;

    @Column(name = "qa_stock_sorted", length = 1000, updatable = false)
    private String stockSorted;

    protected QaInvestigation() {
    }

    public QaInvestigation(String cause, boolean established, boolean special) {
        this.cause = cause;
        this.established = established;
        this.special = special;
    }

    /** An investigation signed before containment became 8D actions, with its containment as text. */
    public boolean hasContainmentText() {
        return affectedLots != null || stockSorted != null || recall != null || wipHeld != null;
    }

    public String getCause() { return cause; }
    public Boolean getEstablished() { return established; }
    public Boolean getSpecial() { return special; }
    public String getAffectedLots() { return affectedLots; }
    public Boolean getRecall() { return recall; }
    public Boolean getWipHeld() { return wipHeld; }
    public String getStockSorted() { return stockSorted; }

    public boolean isEstablished() {
        return Boolean.TRUE.equals(established);
    }

    public boolean isSpecial() {
        return Boolean.TRUE.equals(special);
    }
}
