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
 * month, the previous month's 客诉案件统计表 is generated for the GM office to review and confirm.
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
