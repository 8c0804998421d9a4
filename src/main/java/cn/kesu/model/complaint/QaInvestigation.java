package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What QA finds (质量管理部调查): the cause, whether the complaint is established (成立/不成立), whether it
 * is special and needs R&amp;D, and the containment (不良影响范围): lots shipped and affected, the recall
 * decision, work in progress held (暂停生产通知) and stock sorted. Responsibility shares are kept as
 * {@link Responsibility} rows on the case.
 */
@Embeddable
public class QaInvestigation {

    @Column(name = "qa_cause", length = 4000)
    private String cause;

    @Column(name = "qa_established")
    private Boolean established;

    @Column(name = "qa_special")
    private Boolean special;

    @Column(name = "qa_affected_lots", length = 1000)
    private String affectedLots;

    @Column(name = "qa_recall")
    private Boolean recall;

    @Column(name = "qa_wip_held")
    private Boolean wipHeld;

    @Column(name = "qa_stock_sorted", length = 1000)
    private String stockSorted;

    protected QaInvestigation() {
    }

    public QaInvestigation(String cause, boolean established, boolean special, String affectedLots,
                           boolean recall, boolean wipHeld, String stockSorted) {
        this.cause = cause;
        this.established = established;
        this.special = special;
        this.affectedLots = affectedLots;
        this.recall = recall;
        this.wipHeld = wipHeld;
        this.stockSorted = stockSorted;
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
