package cn.kesu.business.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a breakdown: what it counts (a bundle key for enums, else a code and name), the count
 * (weighted by responsibility shares where it says so), its share of the total in percent and, in a
 * Pareto, the cumulative share (影响度).
 */
public class Figure implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a drill-down selects the figure's cases by: a catalog id, a code, a part number or an enum name. */
    private String key;
    private String labelKey;
    private String label;
    private BigDecimal count;
    private BigDecimal percent;
    private BigDecimal cumulative;
    /** The dimension this figure drills down by where it is not its table's (the Pareto's 未分类 line). */
    private String dimension;

    public Figure() {
    }

    public Figure(String labelKey, String label, BigDecimal count) {
        this.labelKey = labelKey;
        this.label = label;
        this.count = count;
    }

    /** Sets the drill-down key and returns this figure. */
    public Figure keyed(Object value) {
        key = value == null ? null : value.toString();
        return this;
    }

    /** Drills down by another dimension than the table's; returns this figure. */
    public Figure by(Dimension other) {
        dimension = other.name();
        return this;
    }

    public String getDimension() { return dimension; }
    public void setDimension(String dimension) { this.dimension = dimension; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLabelKey() { return labelKey; }
    public void setLabelKey(String labelKey) { this.labelKey = labelKey; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public BigDecimal getCount() { return count; }
    public void setCount(BigDecimal count) { this.count = count; }
    public BigDecimal getPercent() { return percent; }
    public void setPercent(BigDecimal percent) { this.percent = percent; }
    public BigDecimal getCumulative() { return cumulative; }
    public void setCumulative(BigDecimal cumulative) { this.cumulative = cumulative; }
}
