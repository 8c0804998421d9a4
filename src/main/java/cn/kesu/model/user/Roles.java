package cn.kesu.model.user;

/**
 * The role names as string constants, for {@code @RolesAllowed} and {@code isUserInRole}, which need
 * compile-time constants. {@link Role} is the typed form of the same names.
 */
public final class Roles {

    public static final String BUSINESS = "business";
    public static final String BUSINESS_MANAGER = "business-manager";
    public static final String QA = "qa";
    public static final String QA_MANAGER = "qa-manager";
    public static final String PRODUCTION = "production";
    public static final String PRODUCTION_MANAGER = "production-manager";
    public static final String RND = "rnd";
    public static final String GM_OFFICE = "gm-office";
    public static final String DEPUTY_GM = "deputy-gm";
    public static final String GM = "gm";
    public static final String WAREHOUSE = "warehouse";
    public static final String ACCOUNTING = "accounting";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
