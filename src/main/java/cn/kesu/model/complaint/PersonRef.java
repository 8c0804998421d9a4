package cn.kesu.model.complaint;

/**
 * How the slip and QA name a person (被投诉人, 责任人): a system user's username, so that recusal (回避) knows them,
 * or a person outside the system marked as such ("外部:王师傅"), who cannot act on cases and needs no recusal.
 */
public final class PersonRef {

    public static final String EXTERNAL = "外部:";

    private PersonRef() {
    }

    public static boolean isExternal(String ref) {
        return ref != null && ref.startsWith(EXTERNAL);
    }

    /** The marked reference of a person outside the system. */
    public static String external(String name) {
        return EXTERNAL + name.strip();
    }

    /** The name of a person outside the system, without the mark. */
    public static String externalName(String ref) {
        return ref.substring(EXTERNAL.length()).strip();
    }
}
