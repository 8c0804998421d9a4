package cn.kesu.business.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The month's headline figures: cases closed, established (成立), defect quantity, claims, losses, each chain of
 * re-complaints counted once; and the re-complaints closed, shown apart (issue 15, item 10).
 */
public class Totals implements Serializable {

    private static final long serialVersionUID = 1L;

    private long cases;
    private long established;
    private long defects;
    private BigDecimal claim = BigDecimal.ZERO;
    private BigDecimal loss = BigDecimal.ZERO;
    private long recomplaints;

    public Totals() {
    }

    public Totals(long cases, long established, long defects, BigDecimal claim, BigDecimal loss) {
        this.cases = cases;
        this.established = established;
        this.defects = defects;
        this.claim = claim;
        this.loss = loss;
    }

    /** These totals and another period's: the totals of both periods together (each figure adds up). */
    public Totals plus(Totals other) {
        Totals sum = new Totals(cases + other.cases, established + other.established, defects + other.defects,
                claim.add(other.claim), loss.add(other.loss));
        sum.setRecomplaints(recomplaints + other.recomplaints);
        return sum;
    }

    public long getCases() { return cases; }
    public void setCases(long cases) { this.cases = cases; }
    public long getEstablished() { return established; }
    public void setEstablished(long established) { this.established = established; }
    public long getDefects() { return defects; }
    public void setDefects(long defects) { this.defects = defects; }
    public BigDecimal getClaim() { return claim; }
    public void setClaim(BigDecimal claim) { this.claim = claim; }
    public BigDecimal getLoss() { return loss; }
    public void setLoss(BigDecimal loss) { this.loss = loss; }
    public long getRecomplaints() { return recomplaints; }
    public void setRecomplaints(long recomplaints) { this.recomplaints = recomplaints; }
}
