package cn.kesu.model.catalog;

/** The kinds of coded lists that statistics count by. */
public enum CatalogKind {
    /** 异常类别, e.g. 喷漆不良, 内胆脏 */
    ABNORMALITY_TYPE,
    /** 原因代码 */
    CAUSE_CODE,
    /** 责任单位 (a department or unit a share of responsibility is attributed to) */
    RESPONSIBLE_DEPARTMENT,
    /** 原物料供应商 */
    SUPPLIER;

    public String labelKey() {
        return "catalog." + name();
    }
}
