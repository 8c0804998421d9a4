package cn.kesu.model.improvement;

/**
 * What kind of 8D action it is, and so which discipline it belongs to and what its record holds (issue 14). The
 * containment kinds are the seeds' 不良影响范围 items, each with its own figures; the preventive kinds are the D7
 * documents to update.
 */
public enum ActionKind {
    /** 已出货受影响批次: a shipped lot with the defect — its number, quantity and where it is. */
    SHIPPED_LOT(Discipline.CONTAINMENT),
    /** 暂停生产通知: work in progress held by production, signed by QA, until QA signs its release. */
    WIP_HOLD(Discipline.CONTAINMENT),
    /** 库存挑选: the stock sorted, and how much of it was rejected and released. */
    STOCK_SORTING(Discipline.CONTAINMENT),
    /** 召回决定: whether the shipped goods are recalled, and why. */
    RECALL(Discipline.CONTAINMENT),
    /** 其他围堵措施 */
    OTHER_CONTAINMENT(Discipline.CONTAINMENT),
    /** 永久对策 (D5/D6) */
    CORRECTIVE(Discipline.CORRECTIVE),
    /** 文件修订: drawings, specifications, inspection standards. */
    DOCUMENTS(Discipline.PREVENTIVE),
    /** FMEA / 控制计划 */
    FMEA_CONTROL_PLAN(Discipline.PREVENTIVE),
    /** 作业指导书 */
    WORK_INSTRUCTION(Discipline.PREVENTIVE),
    /** 教育训练 */
    TRAINING(Discipline.PREVENTIVE),
    /** 其他预防措施 */
    OTHER_PREVENTIVE(Discipline.PREVENTIVE);

    private final Discipline discipline;

    ActionKind(Discipline discipline) {
        this.discipline = discipline;
    }

    public Discipline discipline() {
        return discipline;
    }

    public String labelKey() {
        return "actionKind." + name();
    }
}
