package cn.kesu.business.catalog;

import cn.kesu.business.common.RuleViolation;

/** The uploaded file is not an Excel workbook (.xlsx) that can be read. */
public class UnreadableCatalogFileException extends RuleViolation {

    public UnreadableCatalogFileException(String detail) {
        super("unreadable catalog workbook: " + detail);
    }
}
