package cn.kesu.model.user;

/**
 * The department (部门) a user belongs to. Steps of the procedure are held by departments, so a
 * department's work list is the set of steps it holds (SPEC section 3).
 */
public enum Department {
    /** 业务部: sales, the customer's contact. */
    BUSINESS,
    /** 质量管理部: quality assurance. */
    QA,
    /** 制造部: production. */
    PRODUCTION,
    /** 研发部: research and development, for special abnormalities. */
    RND,
    /** 总经理室: the general manager's office with its production management group. */
    GM_OFFICE,
    /** 成品仓储: finished-goods warehouse. */
    WAREHOUSE,
    /** 会计科: accounting. */
    ACCOUNTING,
    /** 稽核室: internal and external audit. */
    AUDIT,
    /** 资讯室: IT, administers the system. */
    IT;

    /**
     * The role of the department's head (部门主管), to whom reminders are addressed with the department;
     * the GM office answers to the gm. Null where the procedure names no head of its own.
     */
    public Role managerRole() {
        return switch (this) {
            case BUSINESS -> Role.BUSINESS_MANAGER;
            case QA -> Role.QA_MANAGER;
            case PRODUCTION -> Role.PRODUCTION_MANAGER;
            case GM_OFFICE -> Role.GM;
            default -> null;
        };
    }

    /** Who does the department's own work, as the owner of an improvement action: its roles, not the approvers. */
    public java.util.Set<Role> staff() {
        java.util.Set<Role> staff = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.homeDepartment() == this && role != Role.GM && role != Role.DEPUTY_GM) {
                staff.add(role);
            }
        }
        return staff;
    }

    public String labelKey() {
        return "department." + name();
    }
}
