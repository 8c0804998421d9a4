package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.query.CaseFilter;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.complaint.query.CaseSort;
import cn.kesu.business.complaint.query.RowCount;
import cn.kesu.business.complaint.query.WorkCounts;
import cn.kesu.business.deadline.Inbox;
import cn.kesu.business.deadline.UnreadCount;
import cn.kesu.business.settings.InvalidSettingException;
import cn.kesu.business.settings.SettingsAdministration;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Role;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.ejb.EJB;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Work lists, the ledger and the administrator's settings, as their users see them. */
class CaseListsIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @EJB
    CaseQueries queries;

    @EJB
    SettingsAdministration settings;

    @EJB
    Inbox inbox;

    @Resource(lookup = "java:jboss/datasources/KesuDS")
    DataSource dataSource;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void restore() throws Exception {
        clock.reset();
        fixture.admin.run(() -> settings.change(SettingKey.APPROVAL_LIMIT_BUSINESS_MANAGER, "10000"));
    }

    @Test
    void workListShowsTheStepsTheCallerHoldsAndTheManagerWhatAwaitsCountersignature() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        CaseFilter byPart = new CaseFilter(null, fixture.domestic.getCode(), null, null, false, null);

        assertTrue(ids(fixture.qa.call(() -> queries.worklist(byPart, 0, 100, null, true))).contains(id));
        assertFalse(ids(fixture.qaManager.call(() -> queries.worklist(byPart, 0, 100, null, true))).contains(id));
        assertFalse(ids(fixture.production.call(() -> queries.worklist(byPart, 0, 100, null, true))).contains(id));

        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id),
                fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD));

        assertFalse(ids(fixture.qa.call(() -> queries.worklist(byPart, 0, 100, null, true))).contains(id));
        assertTrue(ids(fixture.qaManager.call(() -> queries.worklist(byPart, 0, 100, null, true))).contains(id));
    }

    /**
     * Issue 17: a list counts its cases up to 1,000 and pages through those, never counting every matching row of a
     * large database; past 1,000 it says there are more (the screen: "超过 1,000 件").
     */
    @Test
    void aListCountsItsCasesUpToAThousand() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        String part = "CAP-" + System.nanoTime();
        CaseFilter byPart = new CaseFilter(null, null, part, null, false, null);
        try {
            copies(id, part, 999);
            assertEquals(new RowCount(999, false), fixture.qa.call(() -> queries.worklistCount(byPart)));
            copies(id, part, 1);
            assertEquals(new RowCount(1000, false), fixture.qa.call(() -> queries.worklistCount(byPart)));
            copies(id, part, 1);
            assertEquals(new RowCount(1000, true), fixture.qa.call(() -> queries.worklistCount(byPart)));
            assertEquals(20, fixture.qa.call(() -> queries.worklist(byPart, 980, 20, null, true)).size(),
                    "the last of the pages the count allows is full");
            assertEquals(0, fixture.qaManager.call(() -> queries.worklistCount(byPart)).rows());
        } finally {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("delete from complaint where part_no = ?")) {
                delete.setString(1, part);
                delete.executeUpdate();
            }
        }
    }

    /**
     * Issue 17: the inbox count on every page (the menu's badge, the home page) reads overdue 回访 up to 100 only,
     * however many closed cases nobody followed up; past that it says "+". Below it, the count is exact.
     */
    @Test
    void theInboxCountsOverdueFollowUpsUpToAHundred() throws Exception {
        UnreadCount before = fixture.gmOffice.call(() -> inbox.unreadCount());
        Long id = fixture.atQa(fixture.domestic);
        String part = "FOLLOW-" + System.nanoTime();
        try {
            copies(id, part, 2);
            closeLongAgo(part);
            assertEquals(before.items() + 2, fixture.gmOffice.call(() -> inbox.unreadCount()).items(),
                    "two more overdue follow-ups, counted one by one");
            copies(id, part, Inbox.FOLLOW_UPS_COUNTED);
            closeLongAgo(part);
            UnreadCount many = fixture.gmOffice.call(() -> inbox.unreadCount());
            assertTrue(many.more(), "more than 100 overdue follow-ups");
            assertTrue(many.items() >= Inbox.FOLLOW_UPS_COUNTED, many.toString());
            assertEquals(many.items() + "+", many.shown());
            assertEquals("12", new UnreadCount(12, false).shown());
        } finally {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("delete from complaint where part_no = ?")) {
                delete.setString(1, part);
                delete.executeUpdate();
            }
        }
    }

    /** The copies closed 20 days ago with no follow-up recorded: overdue 回访 (due after 7 days). */
    private void closeLongAgo(String part) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement close = c.prepareStatement("update complaint set current_step = 'CLOSED',"
                     + " holder_role = null, holder_department = null, closed_at = ? where part_no = ?")) {
            close.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(20))));
            close.setString(2, part);
            close.executeUpdate();
        }
    }

    /** Copies of the case's row at QA's step with another part number: cases in qa's work list, nothing else. */
    private void copies(Long id, String part, int copies) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement none = c.prepareStatement("select * from complaint where 1 = 0");
                 ResultSet rs = none.executeQuery()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String column = rs.getMetaData().getColumnName(i).toLowerCase();
                    if (!List.of("id", "number", "part_no").contains(column)) {
                        columns.add(column);
                    }
                }
            }
            String list = String.join(", ", columns);
            try (PreparedStatement copy = c.prepareStatement("insert into complaint (part_no, " + list + ") select ?, "
                    + list + " from complaint where id = ?")) {
                for (int i = 0; i < copies; i++) {
                    copy.setString(1, part);
                    copy.setLong(2, id);
                    copy.addBatch();
                }
                copy.executeBatch();
            }
        }
    }

    /** Issue 15, item 13.3: the home page said 暂无待办 whatever waited. */
    @Test
    void theHomePageCountsAreTheWorkListsOwn() throws Exception {
        WorkCounts qaBefore = fixture.qa.call(() -> queries.workCounts());
        WorkCounts managerBefore = fixture.qaManager.call(() -> queries.workCounts());

        Long id = fixture.atQa(fixture.domestic);
        assertEquals(qaBefore.toWork() + 1, fixture.qa.call(() -> queries.workCounts()).toWork());

        fixture.qa.run(() -> fixture.qaDepartment.investigate(id, fixture.version(id),
                fixture.qaFindings(true, false, Severity.GENERAL), "", CaseFixture.PASSWORD));
        assertEquals(qaBefore.toWork(), fixture.qa.call(() -> queries.workCounts()).toWork());
        WorkCounts manager = fixture.qaManager.call(() -> queries.workCounts());
        assertEquals(managerBefore.toCountersign() + 1, manager.toCountersign());
        assertEquals(managerBefore.toWork(), manager.toWork());

        // A month on, the case is overdue: the count is the overdue work list's.
        clock.advance(Duration.ofDays(31));
        CaseFilter overdue = new CaseFilter(null, null, null, null, true, null);
        WorkCounts late = fixture.qaManager.call(() -> queries.workCounts());
        assertTrue(late.overdue() >= 1);
        assertEquals(fixture.qaManager.call(() -> queries.worklistCount(overdue)).rows(), late.overdue());
        assertTrue(ids(fixture.qaManager.call(() -> queries.worklist(overdue, 0, 10_000, null, true))).contains(id));
    }

    @Test
    void ledgerPagesFiltersAndFindsOverdueCasesInTheDatabase() throws Exception {
        clock.set(MovableClock.shanghai(2026, 9, 1, 9, 0));
        for (int i = 0; i < 3; i++) {
            fixture.atQa(fixture.foreign);
        }
        clock.reset();
        CaseFilter mine = new CaseFilter(null, fixture.foreign.getCode(), null, Step.QA_INVESTIGATION, false, null);

        List<CaseRow> firstPage = fixture.gmOffice.call(() -> queries.ledger(mine, 0, 2, CaseSort.NUMBER, true));
        List<CaseRow> secondPage = fixture.gmOffice.call(() -> queries.ledger(mine, 2, 2, CaseSort.NUMBER, true));
        assertEquals(new RowCount(3, false), fixture.gmOffice.call(() -> queries.ledgerCount(mine)));
        assertEquals(2, firstPage.size());
        assertEquals(1, secondPage.size());
        assertTrue(firstPage.get(0).getNumber().compareTo(firstPage.get(1).getNumber()) < 0);

        CaseFilter overdue = new CaseFilter(null, fixture.foreign.getCode(), null, null, true, null);
        assertEquals(3, fixture.auditor.call(() -> queries.ledgerCount(overdue)).rows(),
                "accepted in September: QA step and case deadline have passed");
        assertTrue(firstPage.get(0).isOverdue(clock.clock().instant()));
    }

    @Test
    void ledgerIsForTheGmOfficeApproversAuditorsAndQaOnly() throws Exception {
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> queries.ledger(CaseFilter.none(), 0, 10, null, true)));
        assertRefused(EJBAccessException.class, () -> fixture.production.call(() -> queries.ledger(CaseFilter.none(), 0, 10, null, true)));
        // Issue 14: QA follows every case's quality side, not only the cases it holds.
        fixture.qa.call(() -> queries.ledger(CaseFilter.none(), 0, 10, null, true));
        fixture.qaManager.call(() -> queries.ledger(CaseFilter.none(), 0, 10, null, true));
        assertRefused(EJBAccessException.class, () -> fixture.admin.call(() -> queries.worklist(CaseFilter.none(), 0, 10, null, true)));
    }

    @Test
    void administratorChangesTheApprovalLimitAndRoutingFollowsAtOnce() throws Exception {
        fixture.admin.run(() -> settings.change(SettingKey.APPROVAL_LIMIT_BUSINESS_MANAGER, "20000"));

        Long id = fixture.atApproval(fixture.domestic, new BigDecimal("15000"), Severity.GENERAL);

        assertEquals(Role.BUSINESS_MANAGER, fixture.load(id).getApproverRole());
    }

    @Test
    void invalidSettingIsRefusedAndOnlyTheAdministratorChangesSettings() {
        assertRefused(InvalidSettingException.class, () -> fixture.admin.run(() -> settings.change(SettingKey.CASE_DAYS_DOMESTIC, "0")));
        assertRefused(InvalidSettingException.class, () -> fixture.admin.run(() -> settings.change(SettingKey.APPROVAL_LIMIT_DEPUTY_GM, "abc")));
        assertRefused(EJBAccessException.class, () -> fixture.gm.run(() -> settings.change(SettingKey.CASE_DAYS_DOMESTIC, "10")));
    }

    @Test
    void stepDeadlineSettingMovesTheDueDate() throws Exception {
        fixture.admin.run(() -> settings.change(SettingKey.STEP_DAYS_QA_INVESTIGATION, "5"));
        try {
            clock.set(MovableClock.shanghai(2026, 10, 12, 10, 0));
            Long id = fixture.atQa(fixture.domestic);
            assertEquals(Duration.ofDays(7), Duration.between(MovableClock.shanghai(2026, 10, 12, 10, 0).toInstant(),
                    fixture.load(id).getStepDueAt()), "5 working days from Monday is next Monday");
        } finally {
            fixture.admin.run(() -> settings.change(SettingKey.STEP_DAYS_QA_INVESTIGATION, "3"));
        }
    }

    private static List<Long> ids(List<CaseRow> page) {
        return page.stream().map(CaseRow::getId).toList();
    }
}
