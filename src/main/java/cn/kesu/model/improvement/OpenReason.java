package cn.kesu.model.improvement;

/** Why a case has an 8D: the rule that opened it by itself, or QA's own choice. */
public enum OpenReason {
    /** 重大或危机客诉 (a repeat complaint is major by the repeat rule). */
    MAJOR,
    /** 再投诉: the customer complained again about the same matter. */
    RECOMPLAINT,
    /** 需追踪改善: the GM office's consolidation asked for improvement tracking. */
    TRACKING,
    /** 质量管理部自行开立 */
    QA;

    public String labelKey() {
        return "eightD.reason." + name();
    }
}
