package cn.kesu.business.statistics;

import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.user.Department;

import java.util.function.Function;

/**
 * What a figure of the report counts by, for the drill-down from the figure to its cases: each names
 * the condition a closed case meets and how the figure's key reads as a query parameter.
 */
public enum Dimension {
    /** Every case closed in the period. */
    ALL(null, key -> null),
    RESPONSIBLE("exists (select r from Responsibility r where r.complaint = c and r.party.id = :key)", Long::valueOf),
    CATEGORY("c.slip.category = :key", Category::valueOf),
    CUSTOMER("c.customer.code = :key", key -> key),
    PART("c.slip.partNo = :key", key -> key),
    ABNORMALITY("c.abnormalityType.id = :key", Long::valueOf),
    /** 未分类: closed cases without an abnormality type, the Pareto's last line, so its 100 % covers every case. */
    UNCLASSIFIED("c.abnormalityType is null", key -> null),
    /** 投诉渠道: phone, mail, visit … */
    CHANNEL("c.slip.channel = :key", Channel::valueOf),
    /** Cases with a step of the department that had a deadline, as its on-time rate counts them. */
    DEPARTMENT("exists (select s from StepRecord s where s.complaint = c and s.holderDepartment = :key"
            + " and s.dueAt is not null and s.finishedAt is not null)", Department::valueOf);

    private final String condition;
    private final Function<String, Object> parameter;

    Dimension(String condition, Function<String, Object> parameter) {
        this.condition = condition;
        this.parameter = parameter;
    }

    /** JPQL over the case alias {@code c} with the parameter {@code :key}; null for {@link #ALL}. */
    String condition() {
        return condition;
    }

    /**
     * Whether the figure counts a chain of re-complaints once, by its first receipt (issue 15, item 10); a
     * department's on-time rate counts the steps of every case, re-complaints included.
     */
    boolean countsChainsOnce() {
        return this != DEPARTMENT;
    }

    /** Whether the condition takes the figure's key ({@link #UNCLASSIFIED} does not). */
    boolean takesKey() {
        return condition != null && condition.contains(":key");
    }

    /** The key as the query wants it; refused with an IllegalArgumentException when it does not parse. */
    Object parameter(String key) {
        return parameter.apply(key);
    }

    public String labelKey() {
        return "dimension." + name();
    }
}
