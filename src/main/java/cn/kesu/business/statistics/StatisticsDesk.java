package cn.kesu.business.statistics;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.model.statistics.StatisticsRollup;
import cn.kesu.model.statistics.StatisticsSnapshot;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GM office's 客诉案件统计表: any month live, and the month's snapshot — generated on the first
 * working day of the next month by the timer or on request, recomputed on request until the GM office
 * confirms it (by the 10th), frozen from then on.
 */
@Stateless
@RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
public class StatisticsDesk {

    /** The timer's name for itself in the snapshots it generates. */
    static final String TIMER = "timer";

    /** A screenful of cases behind a figure; the ledger reaches the rest. */
    public static final int DRILL_LIMIT = 1000;

    /** The snapshots' JSON, one binding for all (thread-safe; making one per snapshot costs more than reading it). */
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintStatistics statistics;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The month's figures as they stand now. While the month is not final, the cases closed before its rollup was
     * refreshed (last night) are read from the rollup, and only those closed since are aggregated (issue 17); a
     * month without a rollup (a final month has none) is all live.
     */
    public MonthlyFigures live(@NotNull YearMonth month) {
        StatisticsRollup rollup = em.find(StatisticsRollup.class, month.toString());
        if (rollup == null) {
            return statistics.of(month);
        }
        Map<YearMonth, MonthlyFigures> confirmed = new HashMap<>();
        for (YearMonth earlier : List.of(month.minusMonths(1), month.minusYears(1))) {
            StatisticsSnapshot snapshot = snapshot(earlier);
            if (isFinal(snapshot)) {
                confirmed.put(earlier, figuresOf(snapshot));
            }
        }
        return statistics.of(month, read(rollup), confirmed);
    }

    /**
     * For the timer, every night: the rollups of this month and of the last one while its snapshot is not final,
     * counting the cases closed before today. Returns the months it refreshed.
     */
    @PermitAll
    public List<YearMonth> refreshRollups() {
        Instant today = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        YearMonth thisMonth = YearMonth.now(clock);
        List<YearMonth> refreshed = new ArrayList<>();
        for (YearMonth month : List.of(thisMonth.minusMonths(1), thisMonth)) {
            boolean begun = today.isAfter(Period.of(month, clock.getZone()).from());
            if (begun && !isFinal(snapshot(month))) {
                refreshRollup(month, today);
                refreshed.add(month);
            }
        }
        return refreshed;
    }

    /** The month's rollup, made or made again, with the cases closed before {@code until}. */
    private void refreshRollup(YearMonth month, Instant until) {
        StatisticsRollup rollup = em.find(StatisticsRollup.class, month.toString(), LockModeType.PESSIMISTIC_WRITE);
        String figures;
        try {
            figures = JSON.toJson(statistics.closedBefore(month, until));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot store the statistics rollup of " + month, e);
        }
        // Persisted only once complete: the queries above flush what the persistence context holds.
        if (rollup == null) {
            rollup = new StatisticsRollup(month.toString());
            rollup.refresh(until, figures, clock.instant());
            em.persist(rollup);
        } else {
            rollup.refresh(until, figures, clock.instant());
        }
    }

    private static MonthRollup read(StatisticsRollup rollup) {
        return new MonthRollup(figures(rollup.getFigures(), "statistics rollup of " + rollup.getMonth()),
                rollup.getCountedUntil());
    }

    /**
     * Open, accepted cases whose quantities the customer is still processing (客户加工中未确定): no defect count holds
     * them yet, and none can close until business records them.
     */
    public long casesWithQuantitiesPending() {
        return em.createQuery("select count(c) from Complaint c where c.number is not null and c.closedAt is null"
                + " and c.slip.quantitiesPending = true", Long.class).getSingleResult();
    }

    /**
     * 客户投诉处理年报表: the months whose snapshot the GM office confirmed after they ended as confirmed, added up from
     * the snapshots; the months rolled up every night from their rollups and the cases closed since; the rest of the
     * year live (issue 17: what cannot change is aggregated once). With neither it is all live.
     */
    public YearlyFigures year(@NotNull Year year) {
        List<StatisticsSnapshot> snapshots = em.createQuery("select s from StatisticsSnapshot s where s.month >= :from"
                        + " and s.month <= :to and s.confirmation.at is not null", StatisticsSnapshot.class)
                .setParameter("from", year.minusYears(1).atMonth(1).toString())
                .setParameter("to", year.atMonth(12).toString()).getResultList();
        Map<YearMonth, MonthlyFigures> confirmed = new HashMap<>();
        for (StatisticsSnapshot snapshot : snapshots) {
            if (isFinal(snapshot)) {
                confirmed.put(YearMonth.parse(snapshot.getMonth()), figuresOf(snapshot));
            }
        }
        Map<YearMonth, MonthRollup> rollups = new HashMap<>();
        for (StatisticsRollup rollup : em.createQuery("select r from StatisticsRollup r where r.month >= :from"
                        + " and r.month <= :to", StatisticsRollup.class)
                .setParameter("from", year.atMonth(1).toString())
                .setParameter("to", year.atMonth(12).toString()).getResultList()) {
            rollups.put(YearMonth.parse(rollup.getMonth()), read(rollup));
        }
        return statistics.of(year, confirmed, rollups);
    }

    /**
     * Whether the snapshot holds the month's figures for good: confirmed by the GM office, and made after the month
     * ended. A month confirmed before it ended (a snapshot made early by hand) is still open, and computed live.
     */
    public boolean isFinal(StatisticsSnapshot snapshot) {
        return snapshot != null && snapshot.isConfirmed() && !snapshot.getGenerated().getAt()
                .isBefore(Period.of(YearMonth.parse(snapshot.getMonth()), clock.getZone()).to());
    }

    /**
     * Drill-down: the cases closed in the period that a figure counts (a chain of re-complaints by its first
     * receipt), newest first, at most
     * {@link #DRILL_LIMIT}. An unreadable key selects nothing.
     */
    public List<CaseRow> cases(@NotNull Period period, @NotNull Dimension dimension, String key) {
        String jpql = CaseQueries.ROW + " where c.closedAt >= :from and c.closedAt < :to"
                + (dimension.countsChainsOnce() ? ComplaintStatistics.FIRST_RECEIPT : "")
                + (dimension.condition() == null ? "" : " and " + dimension.condition()) + " order by c.closedAt desc, c.id desc";
        TypedQuery<CaseRow> query = em.createQuery(jpql, CaseRow.class).setParameter("from", period.from())
                .setParameter("to", period.to());
        if (dimension.takesKey()) {
            Object parameter;
            try {
                parameter = dimension.parameter(key);
            } catch (IllegalArgumentException | NullPointerException unreadable) {
                return List.of();
            }
            query.setParameter("key", parameter);
        }
        return query.setMaxResults(DRILL_LIMIT).getResultList();
    }

    /** The stored snapshot, or null if the month has none yet. */
    public StatisticsSnapshot snapshot(@NotNull YearMonth month) {
        return em.find(StatisticsSnapshot.class, month.toString());
    }

    public MonthlyFigures figuresOf(StatisticsSnapshot snapshot) {
        return figures(snapshot.getFigures(), "statistics of " + snapshot.getMonth());
    }

    /** Figures stored as JSON, a snapshot's or a rollup's; {@code what} names them when they cannot be read. */
    private static MonthlyFigures figures(String json, String what) {
        try {
            return JSON.fromJson(json, MonthlyFigures.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable " + what, e);
        }
    }

    /** Generates the month's snapshot, or recomputes it while it is not confirmed. */
    @RolesAllowed(Roles.GM_OFFICE)
    public StatisticsSnapshot generate(@NotNull YearMonth month) {
        return store(month, session.getCallerPrincipal().getName());
    }

    @RolesAllowed(Roles.GM_OFFICE)
    public void confirm(@NotNull YearMonth month) {
        StatisticsSnapshot snapshot = em.find(StatisticsSnapshot.class, month.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (snapshot == null) {
            throw new NoSnapshotException(month.toString());
        }
        if (snapshot.isConfirmed()) {
            throw new SnapshotConfirmedException(month.toString());
        }
        snapshot.confirm(clock.instant(), session.getCallerPrincipal().getName());
        if (isFinal(snapshot)) {
            // Final now: the month opens on its snapshot, and 即时数据 counts every case again, as it stands today.
            StatisticsRollup rollup = em.find(StatisticsRollup.class, month.toString());
            if (rollup != null) {
                em.remove(rollup);
            }
        }
    }

    /**
     * For the timer: on the month's first working day, the previous month's snapshot, unless one is
     * there already (a GM office member may have generated it earlier). Returns whether it generated.
     */
    @PermitAll
    public boolean generateIfDue() {
        LocalDate today = LocalDate.now(clock);
        LocalDate firstWorkingDay = today.withDayOfMonth(1);
        if (!calendar.isWorkingDay(firstWorkingDay)) {
            firstWorkingDay = calendar.nextWorkingDay(firstWorkingDay);
        }
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        if (!today.equals(firstWorkingDay) || snapshot(previous) != null) {
            return false;
        }
        store(previous, TIMER);
        return true;
    }

    private StatisticsSnapshot store(YearMonth month, String by) {
        StatisticsSnapshot snapshot = em.find(StatisticsSnapshot.class, month.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (snapshot != null && snapshot.isConfirmed()) {
            throw new SnapshotConfirmedException(month.toString());
        }
        String figures;
        try {
            figures = JSON.toJson(statistics.of(month));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot store the statistics of " + month, e);
        }
        if (snapshot == null) {
            snapshot = new StatisticsSnapshot(month.toString(), figures, clock.instant(), by);
            em.persist(snapshot);
        } else {
            snapshot.regenerate(figures, clock.instant(), by);
        }
        return snapshot;
    }
}
