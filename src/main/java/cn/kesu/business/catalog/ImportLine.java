package cn.kesu.business.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * One row of an imported list as the preview shows it: where it is (sheet, Excel row), what it names, and what
 * importing it would do, or why it cannot be imported.
 */
public record ImportLine(String sheet, int row, String code, String name, Action action, List<ImportProblem> problems)
        implements Serializable {

    /** What the row does to the catalog. */
    public enum Action {
        ADD, CHANGE, SAME;

        public String labelKey() {
            return "catalog.import." + name();
        }
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }
}
