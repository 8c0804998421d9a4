package cn.kesu.business.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * 导入预览: every row of the file with what importing it does, and what is wrong with the file as a whole (a sheet that
 * is no list). Imported only when nothing is refused: then every row at once, else none.
 */
public record ImportPlan(List<ImportLine> lines, List<ImportProblem> fileProblems) implements Serializable {

    public boolean isAcceptable() {
        return fileProblems.isEmpty() && lines.stream().noneMatch(ImportLine::isRefused) && !lines.isEmpty();
    }

    public long refused() {
        return lines.stream().filter(ImportLine::isRefused).count();
    }

    public long count(ImportLine.Action action) {
        return lines.stream().filter(line -> !line.isRefused() && line.action() == action).count();
    }
}
