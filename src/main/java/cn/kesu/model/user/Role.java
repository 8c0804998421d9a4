package cn.kesu.model.user;

import java.util.Arrays;

/**
 * A role (角色) a user may hold; a user holds one or several. Each role is what a person may do in
 * the procedure, independent of the department the person belongs to (SPEC section 1).
 */
public enum Role {
    BUSINESS(Roles.BUSINESS),
    BUSINESS_MANAGER(Roles.BUSINESS_MANAGER),
    QA(Roles.QA),
    QA_MANAGER(Roles.QA_MANAGER),
    PRODUCTION(Roles.PRODUCTION),
    PRODUCTION_MANAGER(Roles.PRODUCTION_MANAGER),
    RND(Roles.RND),
    GM_OFFICE(Roles.GM_OFFICE),
    DEPUTY_GM(Roles.DEPUTY_GM),
    GM(Roles.GM),
    WAREHOUSE(Roles.WAREHOUSE),
    ACCOUNTING(Roles.ACCOUNTING),
    AUDITOR(Roles.AUDITOR),
    ADMIN(Roles.ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name the container knows the role by, as stored in {@code user_role.role}. */
    public String roleName() {
        return roleName;
    }

    /** Key of the role's label in the message bundle. */
    public String labelKey() {
        return "role." + roleName;
    }

    /** The department that holds a step this role works, e.g. an approval by the business manager sits with 业务部. */
    public Department homeDepartment() {
        return switch (this) {
            case BUSINESS, BUSINESS_MANAGER -> Department.BUSINESS;
            case QA, QA_MANAGER -> Department.QA;
            case PRODUCTION, PRODUCTION_MANAGER -> Department.PRODUCTION;
            case RND -> Department.RND;
            case GM_OFFICE, DEPUTY_GM, GM -> Department.GM_OFFICE;
            case WAREHOUSE -> Department.WAREHOUSE;
            case ACCOUNTING -> Department.ACCOUNTING;
            case AUDITOR -> Department.AUDIT;
            case ADMIN -> Department.IT;
        };
    }

    public static Role ofRoleName(String roleName) {
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(roleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + roleName));
    }
}
