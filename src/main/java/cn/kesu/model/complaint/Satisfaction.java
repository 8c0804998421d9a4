package cn.kesu.model.complaint;

/**
 * The customer's rating at the satisfaction follow-up (回访), on the company's five-point scale:
 * 1 非常满意 · 2 满意 · 3 可接受 · 4 不满意 · 5 很不满意. A 4 or a 5 reopens the matter as a re-complaint.
 */
public enum Satisfaction {
    VERY_SATISFIED(1),
    SATISFIED(2),
    ACCEPTABLE(3),
    DISSATISFIED(4),
    VERY_DISSATISFIED(5);

    private final int score;

    Satisfaction(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    /** 4 不满意 or 5 很不满意: a linked re-complaint opens by itself. */
    public boolean opensRecomplaint() {
        return score >= 4;
    }

    public String labelKey() {
        return "satisfaction." + name();
    }
}
