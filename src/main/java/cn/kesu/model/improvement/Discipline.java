package cn.kesu.model.improvement;

/** Which discipline of the 8D an action belongs to. */
public enum Discipline {
    /** D3 围堵: contain the defect already made (shipped lots, WIP on hold, stock sorting, recall). */
    CONTAINMENT,
    /** D5/D6 永久对策: remove the cause. */
    CORRECTIVE,
    /** D7 预防再发: documents, FMEA / control plan, work instructions, training. */
    PREVENTIVE;

    public String labelKey() {
        return "discipline." + name();
    }
}
