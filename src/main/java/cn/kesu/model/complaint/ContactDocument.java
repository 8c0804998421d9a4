package cn.kesu.model.complaint;

/** What business sent the customer with a contact (发送文件), as the promises to the customer name them. */
public enum ContactDocument {
    /** 受理回执: the complaint was received. */ ACKNOWLEDGEMENT,
    /** 初步报告 */ INITIAL_REPORT,
    /** 进度说明 */ PROGRESS_REPORT,
    /** 分析报告: the analysis the customer asked for (by the slip's requested date). */ ANALYSIS_REPORT,
    /** 最终答复: what was approved. */ FINAL_ANSWER,
    /** 8D 报告（客户版）: the improvement report, the customer's version. */ EIGHT_D_REPORT;

    public String labelKey() {
        return "contactDocument." + name();
    }
}
