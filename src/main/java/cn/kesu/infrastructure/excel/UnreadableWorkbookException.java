package cn.kesu.infrastructure.excel;

/** A file that is not an .xlsx workbook POI can read, or one too large for a company's list. */
public class UnreadableWorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableWorkbookException(String detail) {
        super(detail);
    }
}
