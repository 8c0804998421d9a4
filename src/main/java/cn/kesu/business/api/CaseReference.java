package cn.kesu.business.api;

/**
 * How the API names a case: its number (编号, e.g. {@code 261107}), or {@code id-} and the id its filing answered,
 * which names it before it has a number (a draft, a slip waiting for acceptance) and after. Numbers are digits
 * too, hence the prefix.
 */
public final class CaseReference {

    public static final String ID_PREFIX = "id-";

    private CaseReference() {
    }

    public static String of(Long caseId) {
        return ID_PREFIX + caseId;
    }

    /** The id a reference {@code id-…} names; null for a case number or anything else. */
    public static Long idIn(String reference) {
        if (reference == null || !reference.startsWith(ID_PREFIX)) {
            return null;
        }
        String id = reference.substring(ID_PREFIX.length());
        return !id.isEmpty() && id.length() < 19 && id.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.valueOf(id) : null;
    }
}
