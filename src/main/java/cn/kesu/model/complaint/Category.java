package cn.kesu.model.complaint;

/** 质量异常 (a product quality abnormality) or 非质量异常 (a human factor: wrong goods, late delivery …). */
public enum Category {
    QUALITY,
    NON_QUALITY;

    public String labelKey() {
        return "category." + name();
    }
}
