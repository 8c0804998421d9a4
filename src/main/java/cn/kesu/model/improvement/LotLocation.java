package cn.kesu.model.improvement;

/** Where the goods of an affected shipped lot are (不良品所在): it decides who contains them. */
public enum LotLocation {
    /** 客户库存 */
    CUSTOMER_STOCK,
    /** 运输途中 */
    IN_TRANSIT,
    /** 本公司仓库 */
    WAREHOUSE;

    public String labelKey() {
        return "lotLocation." + name();
    }
}
