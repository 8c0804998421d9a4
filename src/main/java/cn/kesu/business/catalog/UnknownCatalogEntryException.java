package cn.kesu.business.catalog;

import cn.kesu.business.common.RuleViolation;

/** A code chosen is not an active entry of the right catalog. */
public class UnknownCatalogEntryException extends RuleViolation {

    public UnknownCatalogEntryException(Object entryId) {
        super("unknown catalog entry " + entryId, entryId);
    }
}
