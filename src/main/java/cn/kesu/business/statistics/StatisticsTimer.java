package cn.kesu.business.statistics;

import cn.kesu.infrastructure.time.ScheduledWork;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every morning at 06:00 (persistent, in the database timer store): on the first working day of a
 * month, the previous month's 客诉案件统计表 is generated for the GM office to review and confirm. Every night the
 * months that are not final are rolled up.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsTimer {

    private static final Logger LOG = Logger.getLogger(StatisticsTimer.class.getName());

    @Inject
    StatisticsDesk desk;

    /**
     * Every night at 00:30: the rollups of the months that are not final (this month's, and last month's until the GM
     * office confirms it), so that their live figures aggregate only the cases closed since midnight (issue 17).
     */
    @Schedule(hour = "0", minute = "30", persistent = true, info = "kesu-statistics-rollup")
    public void rollUp() {
        if (!ScheduledWork.enabled()) {
            return;
        }
        try {
            LOG.info("客诉统计 rolled up for " + desk.refreshRollups());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "statistics not rolled up", e);
        }
    }

    @Schedule(hour = "6", minute = "0", persistent = true, info = "kesu-monthly-statistics")
    public void generate() {
        if (!ScheduledWork.enabled()) {
            return;
        }
        try {
            if (desk.generateIfDue()) {
                LOG.info("客诉案件统计表 of the previous month generated");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "monthly statistics not generated", e);
        }
    }
}
