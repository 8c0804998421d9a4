package cn.kesu.business.catalog;

import cn.kesu.business.common.RuleViolation;

/** An import with refused rows or sheets: nothing of it is stored. */
public class CatalogImportRefusedException extends RuleViolation {

    public CatalogImportRefusedException(long refusedRows) {
        super("catalog import refused: " + refusedRows + " rows", refusedRows);
    }
}
