package cn.kesu.business.statistics;

import cn.kesu.model.complaint.PromiseKind;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Computes the 客诉案件统计表 of the cases closed (结案 or 不成立结案) in a month and the
 * 客户投诉处理年报表 of a year, every figure by a group-by query in the database — never by loading
 * cases. Periods run midnight to midnight in the company's time zone (the clock's).
 */
@ApplicationScoped
public class ComplaintStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String CLOSED_IN = " c.closedAt >= :from and c.closedAt < :to";
    /**
     * A chain of re-complaints is one complaint (issue 15, item 10): counted once, by its first receipt, in the
     * period that case closed; the re-complaints that continue it are shown apart ({@link Totals#getRecomplaints}).
     */
    static final String FIRST_RECEIPT = " and c.originalCase is null";
    private static final String COUNTED = CLOSED_IN + FIRST_RECEIPT;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public MonthlyFigures of(YearMonth month) {
        Period period = Period.of(month, clock.getZone());
        MonthlyFigures figures = new MonthlyFigures();
        figures.setMonth(month.toString());
        figures.setTotals(totals(period));
        figures.setPreviousMonth(totals(Period.of(month.minusMonths(1), clock.getZone())));
        figures.setSameMonthLastYear(totals(Period.of(month.minusYears(1), clock.getZone())));
        return breakdowns(figures, period);
    }

    /**
     * 客诉案件统计表 with the cases closed before the rollup's {@code until} read from it (issue 17): only the cases
     * closed from then to the month's end are aggregated live, and the rollup's sums are added to them as the yearly
     * report adds its months ({@link YearRollup}). The previous month and the same month a year before are taken from
     * {@code confirmed} where the GM office confirmed them. While the rolled-up cases are as they were, the figures are
     * {@link #of(YearMonth)}'s (StatisticsRollupIT).
     *
     * @param rollup    {@link #closedBefore}'s figures for this month, or null for none
     * @param confirmed final snapshots' figures by month; may lack any month
     */
    public MonthlyFigures of(YearMonth month, MonthRollup rollup, Map<YearMonth, MonthlyFigures> confirmed) {
        Period period = Period.of(month, clock.getZone());
        if (!countsAny(rollup, period)) {
            return of(month);
        }
        Period rest = rest(period, rollup);
        MonthlyFigures figures = new MonthlyFigures();
        figures.setMonth(month.toString());
        figures.setTotals(rollup.figures().getTotals().plus(totals(rest)));
        figures.setPreviousMonth(totalsOf(month.minusMonths(1), confirmed));
        figures.setSameMonthLastYear(totalsOf(month.minusYears(1), confirmed));
        YearRollup.merge(List.of(rollup.figures(), closedCaseBreakdowns(new MonthlyFigures(), rest)), figures);
        return openAtEnd(figures, period);
    }

    /**
     * What a rollup holds: the totals and the breakdowns of the cases closed in the month before {@code until}
     * (the month's end at the latest), without what was open at its end, which is always asked live.
     */
    public MonthlyFigures closedBefore(YearMonth month, Instant until) {
        Period period = Period.of(month, clock.getZone());
        Period counted = new Period(month + " until " + until, period.from(), within(period, until));
        MonthlyFigures figures = new MonthlyFigures();
        figures.setMonth(month.toString());
        figures.setTotals(totals(counted));
        return closedCaseBreakdowns(figures, counted);
    }

    /** The part of the month its rollup does not count: from its {@code until} to the month's end (maybe empty). */
    private static Period rest(Period month, MonthRollup rollup) {
        Instant cut = within(month, rollup.until());
        return new Period(month.label() + " from " + cut, cut, month.to());
    }

    /** Where a rollup made until {@code until} stops counting the month's cases: then, or the month's end. */
    private static Instant within(Period month, Instant until) {
        return until.isAfter(month.to()) ? month.to() : until;
    }

    /** Whether the rollup counts any of the month: there is one, and it was made after the month began. */
    private static boolean countsAny(MonthRollup rollup, Period month) {
        return rollup != null && rollup.until().isAfter(month.from());
    }

    private Totals totalsOf(YearMonth month, Map<YearMonth, MonthlyFigures> confirmed) {
        MonthlyFigures frozen = confirmed.get(month);
        return frozen != null ? frozen.getTotals() : totals(Period.of(month, clock.getZone()));
    }

    /** 客户投诉处理年报表: the year's breakdowns, its totals against the year before, and each month's totals. */
    public YearlyFigures of(Year year) {
        Period period = Period.of(year, clock.getZone());
        YearlyFigures figures = new YearlyFigures();
        figures.setYear(year.getValue());
        figures.setTotals(totals(period));
        figures.setPreviousYear(totals(Period.of(year.minusYears(1), clock.getZone())));
        List<MonthTotals> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = year.atMonth(m);
            months.add(new MonthTotals(month.toString(), totals(Period.of(month, clock.getZone()))));
        }
        figures.setMonths(months);
        return breakdowns(figures, period);
    }

    /**
     * 客户投诉处理年报表 with the months that cannot change read from their confirmed snapshots (issue 17): their totals
     * and breakdowns are added to the live figures of the year's other months. A month that is not final but rolled
     * up adds its rollup and aggregates live only the cases closed after it. The live parts take one query per
     * stretch of time between snapshots and rollups, and what was open at the year's end is asked live. While the
     * confirmed and rolled-up months' cases are as they were, the figures are {@link #of(Year)}'s (YearRollupIT,
     * StatisticsRollupIT).
     *
     * @param confirmed the confirmed snapshots' figures by month, of this year and the year before
     * @param rollups   the rollups of the year's months that are not final; may lack any month
     */
    public YearlyFigures of(Year year, Map<YearMonth, MonthlyFigures> confirmed, Map<YearMonth, MonthRollup> rollups) {
        if (IntStream.rangeClosed(1, 12).noneMatch(m -> confirmed.containsKey(year.atMonth(m))
                || rollups.containsKey(year.atMonth(m)))) {
            return of(year);
        }
        ZoneId zone = clock.getZone();
        YearlyFigures figures = new YearlyFigures();
        figures.setYear(year.getValue());
        List<MonthTotals> months = new ArrayList<>();
        List<ReportFigures> parts = new ArrayList<>();
        Totals sum = new Totals();
        Instant liveFrom = null;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = year.atMonth(m);
            Period period = Period.of(month, zone);
            MonthlyFigures frozen = confirmed.get(month);
            MonthRollup found = frozen == null ? rollups.get(month) : null;
            MonthRollup rollup = countsAny(found, period) ? found : null;
            Totals totals;
            if (frozen == null && rollup == null) {
                totals = totals(period);
                liveFrom = liveFrom == null ? period.from() : liveFrom;
            } else {
                if (liveFrom != null) {
                    parts.add(liveBreakdowns(liveFrom, period.from()));
                    liveFrom = null;
                }
                if (frozen != null) {
                    totals = frozen.getTotals();
                    parts.add(frozen);
                } else {
                    Period rest = rest(period, rollup);
                    totals = rollup.figures().getTotals().plus(totals(rest));
                    parts.add(rollup.figures());
                    liveFrom = rest.from().isBefore(rest.to()) ? rest.from() : null;
                }
            }
            months.add(new MonthTotals(month.toString(), totals));
            sum = sum.plus(totals);
        }
        if (liveFrom != null) {
            parts.add(liveBreakdowns(liveFrom, Period.of(year, zone).to()));
        }
        figures.setMonths(months);
        figures.setTotals(sum);
        Year previous = year.minusYears(1);
        List<MonthlyFigures> previousMonths = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> confirmed.get(previous.atMonth(m))).filter(Objects::nonNull).toList();
        figures.setPreviousYear(previousMonths.size() < 12 ? totals(Period.of(previous, zone))
                : previousMonths.stream().map(MonthlyFigures::getTotals).reduce(new Totals(), Totals::plus));
        YearRollup.merge(parts, figures);
        return openAtEnd(figures, Period.of(year, zone));
    }

    /** The breakdowns of the cases closed from one instant to another (excluded). */
    private ReportFigures liveBreakdowns(Instant from, Instant to) {
        return closedCaseBreakdowns(new MonthlyFigures(), new Period(from + ".." + to, from, to));
    }

    private <F extends ReportFigures> F breakdowns(F figures, Period period) {
        return openAtEnd(closedCaseBreakdowns(figures, period), period);
    }

    /** The breakdowns of the cases closed in the period: the figures that add up from one period to the next. */
    private <F extends ReportFigures> F closedCaseBreakdowns(F figures, Period period) {
        figures.setByResponsible(byResponsible(period));
        figures.setByCategory(byCategory(period));
        figures.setByChannel(byChannel(period));
        figures.setByCustomer(byCustomer(period));
        figures.setByPart(byPart(period));
        figures.setPareto(pareto(period));
        figures.setDepartments(departments(period));
        figures.setPromises(promises(period));
        return figures;
    }

    /** What was open at the period's end (or now): each department's improvement actions, and the 8Ds. */
    private <F extends ReportFigures> F openAtEnd(F figures, Period period) {
        Map<Department, DepartmentFigures> byDepartment = new EnumMap<>(Department.class);
        figures.getDepartments().forEach(d -> byDepartment.put(Department.valueOf(d.getDepartment()), d));
        openActions(byDepartment, endOrNow(period));
        figures.setDepartments(List.copyOf(byDepartment.values()));
        figures.setOpenEightDs(openEightDs(period));
        return figures;
    }

    /** The 8Ds open at the period's end (or now). */
    private long openEightDs(Period period) {
        return em.createQuery("select count(d) from EightD d where d.opened.at < :at"
                + " and (d.closed.at is null or d.closed.at >= :at)", Long.class)
                .setParameter("at", endOrNow(period)).getSingleResult();
    }

    private List<Figure> byResponsible(Period period) {
        return withShares(rows(period, "select p.id, p.code, p.name, sum(r.sharePercent) from Responsibility r"
                + " join r.party p join r.complaint c where" + COUNTED + " group by p.id, p.code, p.name"
                + " order by sum(r.sharePercent) desc, p.code"), row -> new Figure(null, row[1] + " " + row[2],
                percentToCount(row[3])).keyed(row[0]));
    }

    private List<Figure> byCategory(Period period) {
        return withShares(rows(period, "select c.slip.category, count(c) from Complaint c where" + COUNTED
                + " group by c.slip.category order by count(c) desc, c.slip.category"), row -> new Figure(
                "category." + row[0], null, count(row[1])).keyed(row[0]));
    }

    private List<Figure> byCustomer(Period period) {
        return withShares(rows(period, "select cu.code, cu.name, count(c) from Complaint c join c.customer cu"
                + " where" + COUNTED + " group by cu.code, cu.name order by count(c) desc, cu.code"),
                row -> new Figure(null, row[0] + " " + row[1], count(row[2])).keyed(row[0]));
    }

    private List<Figure> byPart(Period period) {
        return withShares(rows(period, "select c.slip.partNo, count(c) from Complaint c where" + COUNTED
                + " group by c.slip.partNo order by count(c) desc, c.slip.partNo"),
                row -> new Figure(null, (String) row[0], count(row[1])).keyed(row[0]));
    }

    /** The Pareto of abnormality types; cases without one make a last line 未分类, so it covers every case. */
    private List<Figure> pareto(Period period) {
        List<Object[]> rows = new ArrayList<>(rows(period, "select a.id, a.code, a.name, count(c) from Complaint c"
                + " join c.abnormalityType a where" + COUNTED + " group by a.id, a.code, a.name"
                + " order by count(c) desc, a.code"));
        long unclassified = query(period, "select count(c) from Complaint c where c.abnormalityType is null and"
                + COUNTED, Long.class).getSingleResult();
        if (unclassified > 0) {
            rows.add(new Object[]{null, null, null, unclassified});
        }
        return cumulate(withShares(rows, row -> row[0] == null
                ? new Figure("statistics.unclassified", null, count(row[3])).keyed("none").by(Dimension.UNCLASSIFIED)
                : new Figure(null, row[1] + " " + row[2], count(row[3])).keyed(row[0])));
    }

    private List<Figure> byChannel(Period period) {
        return withShares(rows(period, "select c.slip.channel, count(c) from Complaint c where" + COUNTED
                + " group by c.slip.channel order by count(c) desc, c.slip.channel"), row -> new Figure(
                "channel." + row[0], null, count(row[1])).keyed(row[0]));
    }

    /**
     * The period's headline figures. Cases, established cases and defect quantities count each chain once (a
     * re-complaint repeats its original's goods); claims and losses add up what every closed case approved,
     * except a case closed as 客户不接受，转新单, whose approval was not carried out and whose re-complaint
     * carries the matter on.
     */
    Totals totals(Period month) {
        Object[] row = query(month, "select coalesce(sum(case when c.originalCase is null then 1 else 0 end), 0),"
                + " coalesce(sum(case when c.originalCase is null and c.qa.established = true then 1 else 0 end), 0),"
                + " coalesce(sum(case when c.originalCase is null then c.slip.defectQuantity else 0 end), 0),"
                + " coalesce(sum(case when c.currentStep <> :notAccepted then c.consolidation.claimAmount end), 0),"
                + " coalesce(sum(case when c.currentStep <> :notAccepted then c.consolidation.lossAmount end), 0),"
                + " coalesce(sum(case when c.originalCase is not null then 1 else 0 end), 0)"
                + " from Complaint c where" + CLOSED_IN, Object[].class)
                .setParameter("notAccepted", Step.NOT_ACCEPTED).getSingleResult();
        Totals totals = new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), decimal(row[3]), decimal(row[4]));
        totals.setRecomplaints(((Number) row[5]).longValue());
        return totals;
    }

    private List<DepartmentFigures> departments(Period month) {
        Map<Department, DepartmentFigures> byDepartment = new EnumMap<>(Department.class);
        for (Object[] row : rows(month, "select s.holderDepartment, count(s),"
                + " sum(case when s.finishedAt <= s.dueAt then 1 else 0 end) from StepRecord s join s.complaint c"
                + " where" + CLOSED_IN + " and s.dueAt is not null and s.finishedAt is not null group by s.holderDepartment")) {
            DepartmentFigures figures = of(byDepartment, (Department) row[0]);
            figures.setSteps(((Number) row[1]).longValue());
            figures.setOnTime(((Number) row[2]).longValue());
            figures.setRate(percent(BigDecimal.valueOf(figures.getOnTime()), BigDecimal.valueOf(figures.getSteps())));
        }
        for (Object[] row : rows(month, "select r.holderDepartment, count(r) from Reminder r"
                + " where r.issuedAt >= :from and r.issuedAt < :to group by r.holderDepartment")) {
            of(byDepartment, (Department) row[0]).setReminders(((Number) row[1]).longValue());
        }
        for (Object[] row : rows(month, "select i.holderDepartment, count(i) from Investigation i"
                + " where i.openedAt >= :from and i.openedAt < :to group by i.holderDepartment")) {
            of(byDepartment, (Department) row[0]).setInvestigations(((Number) row[1]).longValue());
        }
        for (Object[] row : rows(month, "select p.stepRecord.holderDepartment, count(p) from ClockPause p"
                + " where p.paused.at >= :from and p.paused.at < :to group by p.stepRecord.holderDepartment")) {
            of(byDepartment, (Department) row[0]).setPauses(((Number) row[1]).longValue());
        }
        return List.copyOf(byDepartment.values());
    }

    /** Each department's improvement actions open at the time, and how many of them were overdue then. */
    private void openActions(Map<Department, DepartmentFigures> byDepartment, Instant at) {
        for (Object[] row : em.createQuery("select a.owner, count(a), sum(case when a.dueAt < :at then 1 else 0 end)"
                + " from ImprovementAction a where a.added.at < :at and (a.done.at is null or a.done.at >= :at)"
                + " and (a.eightD.closed.at is null or a.eightD.closed.at >= :at) group by a.owner", Object[].class)
                .setParameter("at", at).getResultList()) {
            DepartmentFigures figures = of(byDepartment, (Department) row[0]);
            figures.setOpenActions(((Number) row[1]).longValue());
            figures.setOverdueActions(((Number) row[2]).longValue());
        }
    }

    /** The end of the period, or now while it runs: what was open then. */
    private Instant endOrNow(Period period) {
        Instant now = clock.instant();
        return period.to().isAfter(now) ? now : period.to();
    }

    /** The promises to the customer of the cases closed in the period, by kind, in the order of the procedure. */
    private List<PromiseFigures> promises(Period period) {
        Map<PromiseKind, PromiseFigures> byKind = new EnumMap<>(PromiseKind.class);
        for (Object[] row : rows(period, "select p.kind, count(p), sum(case when p.keptAt <= p.dueAt then 1 else 0 end)"
                + " from CustomerPromise p join p.complaint c where" + CLOSED_IN + " group by p.kind")) {
            long due = ((Number) row[1]).longValue();
            long onTime = ((Number) row[2]).longValue();
            byKind.put((PromiseKind) row[0], new PromiseFigures(((PromiseKind) row[0]).name(), due, onTime,
                    percent(BigDecimal.valueOf(onTime), BigDecimal.valueOf(due))));
        }
        return List.copyOf(byKind.values());
    }

    private static DepartmentFigures of(Map<Department, DepartmentFigures> byDepartment, Department department) {
        return byDepartment.computeIfAbsent(department, d -> new DepartmentFigures(d.name()));
    }

    private List<Object[]> rows(Period period, String jpql) {
        return query(period, jpql, Object[].class).getResultList();
    }

    private <T> TypedQuery<T> query(Period period, String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("from", period.from()).setParameter("to", period.to());
    }

    private static List<Figure> withShares(List<Object[]> rows, Function<Object[], Figure> figure) {
        return withShares(rows.stream().map(figure).toList());
    }

    /** Each figure's share of all the figures' count, in percent. */
    static List<Figure> withShares(List<Figure> figures) {
        BigDecimal total = figures.stream().map(Figure::getCount).reduce(BigDecimal.ZERO, BigDecimal::add);
        figures.forEach(f -> f.setPercent(percent(f.getCount(), total)));
        return figures;
    }

    /** 影响度: the running share, computed from the counts so that the last line is exactly 100. */
    static List<Figure> cumulate(List<Figure> pareto) {
        BigDecimal total = pareto.stream().map(Figure::getCount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal running = BigDecimal.ZERO;
        for (Figure figure : pareto) {
            running = running.add(figure.getCount());
            figure.setCumulative(percent(running, total));
        }
        return pareto;
    }

    static BigDecimal percent(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    /** A sum of share percentages as a number of cases: 70 % + 30 % of one case is one case. */
    private static BigDecimal percentToCount(Object sumOfPercents) {
        return BigDecimal.valueOf(((Number) sumOfPercents).longValue()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal count(Object value) {
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
