package cn.kesu.business.statistics;

import cn.kesu.model.complaint.PromiseKind;
import cn.kesu.model.user.Department;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The breakdowns of a year added up from its parts — confirmed months and stretches of live months — as the live
 * report would give them for the whole year: counts summed by what they count, shares and 影响度 computed again
 * from the sums, lines in the live queries' order (count, then code, part number or name), departments and
 * promise kinds in the procedure's order (issue 17). What was open at the year's end is not a sum: the caller asks
 * it live.
 */
final class YearRollup {

    /** Larger counts first; equal counts by code and name, as the live queries order them. */
    private static final Comparator<Figure> BY_COUNT_THEN_LABEL = Comparator.comparing(Figure::getCount).reversed()
            .thenComparing(f -> f.getLabel() == null ? "" : f.getLabel());
    /** Larger counts first; equal counts by the enum's name (category, channel). */
    private static final Comparator<Figure> BY_COUNT_THEN_KEY = Comparator.comparing(Figure::getCount).reversed()
            .thenComparing(f -> f.getKey() == null ? "" : f.getKey());

    private YearRollup() {
    }

    static void merge(List<? extends ReportFigures> parts, ReportFigures year) {
        year.setByResponsible(ComplaintStatistics.withShares(summed(parts, ReportFigures::getByResponsible,
                BY_COUNT_THEN_LABEL)));
        year.setByCategory(ComplaintStatistics.withShares(summed(parts, ReportFigures::getByCategory, BY_COUNT_THEN_KEY)));
        year.setByChannel(ComplaintStatistics.withShares(summed(parts, ReportFigures::getByChannel, BY_COUNT_THEN_KEY)));
        year.setByCustomer(ComplaintStatistics.withShares(summed(parts, ReportFigures::getByCustomer,
                BY_COUNT_THEN_LABEL)));
        year.setByPart(ComplaintStatistics.withShares(summed(parts, ReportFigures::getByPart, BY_COUNT_THEN_LABEL)));
        // The Pareto's 未分类 line stays last, whatever its count.
        List<Figure> pareto = new ArrayList<>(summed(parts, ReportFigures::getPareto, BY_COUNT_THEN_LABEL));
        List<Figure> unclassified = pareto.stream().filter(f -> f.getDimension() != null).toList();
        pareto.removeAll(unclassified);
        pareto.addAll(unclassified);
        year.setPareto(ComplaintStatistics.cumulate(ComplaintStatistics.withShares(pareto)));
        year.setDepartments(departments(parts));
        year.setPromises(promises(parts));
    }

    /** Each line's counts summed over the parts, by the figure's key. */
    private static List<Figure> summed(List<? extends ReportFigures> parts, Function<ReportFigures, List<Figure>> lines,
                                       Comparator<Figure> order) {
        Map<String, Figure> byKey = new LinkedHashMap<>();
        for (ReportFigures part : parts) {
            for (Figure line : lines.apply(part)) {
                Figure sum = byKey.computeIfAbsent(line.getKey(), key -> {
                    Figure figure = new Figure(line.getLabelKey(), line.getLabel(), BigDecimal.ZERO).keyed(key);
                    figure.setDimension(line.getDimension());
                    return figure;
                });
                sum.setCount(sum.getCount().add(line.getCount()));
            }
        }
        return byKey.values().stream().sorted(order).toList();
    }

    /** Steps, steps on time, reminders, investigations and pauses summed; the on-time rate of the sums. */
    private static List<DepartmentFigures> departments(List<? extends ReportFigures> parts) {
        Map<Department, DepartmentFigures> byDepartment = new EnumMap<>(Department.class);
        for (ReportFigures part : parts) {
            for (DepartmentFigures line : part.getDepartments()) {
                if (line.getSteps() == 0 && line.getReminders() == 0 && line.getInvestigations() == 0
                        && line.getPauses() == 0 && line.getRate() == null) {
                    // Only open actions at the part's end, which the year does not add up.
                    continue;
                }
                DepartmentFigures sum = byDepartment.computeIfAbsent(Department.valueOf(line.getDepartment()),
                        d -> new DepartmentFigures(d.name()));
                sum.setSteps(sum.getSteps() + line.getSteps());
                sum.setOnTime(sum.getOnTime() + line.getOnTime());
                sum.setReminders(sum.getReminders() + line.getReminders());
                sum.setInvestigations(sum.getInvestigations() + line.getInvestigations());
                sum.setPauses(sum.getPauses() + line.getPauses());
                if (line.getRate() != null) {
                    // A rate stands where steps were counted: the live report sets none for a department without.
                    sum.setRate(BigDecimal.ZERO);
                }
            }
        }
        byDepartment.values().stream().filter(d -> d.getRate() != null).forEach(d -> d.setRate(
                ComplaintStatistics.percent(BigDecimal.valueOf(d.getOnTime()), BigDecimal.valueOf(d.getSteps()))));
        return List.copyOf(byDepartment.values());
    }

    /** The promises due and kept in time, summed by kind; the rate of the sums. */
    private static List<PromiseFigures> promises(List<? extends ReportFigures> parts) {
        Map<PromiseKind, long[]> byKind = new EnumMap<>(PromiseKind.class);
        for (ReportFigures part : parts) {
            for (PromiseFigures line : part.getPromises()) {
                long[] sum = byKind.computeIfAbsent(PromiseKind.valueOf(line.getKind()), k -> new long[2]);
                sum[0] += line.getDue();
                sum[1] += line.getOnTime();
            }
        }
        List<PromiseFigures> promises = new ArrayList<>();
        byKind.forEach((kind, sum) -> promises.add(new PromiseFigures(kind.name(), sum[0], sum[1],
                ComplaintStatistics.percent(BigDecimal.valueOf(sum[1]), BigDecimal.valueOf(sum[0])))));
        return promises;
    }
}
