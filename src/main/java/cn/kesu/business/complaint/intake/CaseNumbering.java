package cn.kesu.business.complaint.intake;

import cn.kesu.model.complaint.MonthlySerial;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * 编列客诉编号: the next case number of the acceptance month. The month's serial row is locked for the
 * rest of the accepting transaction, so concurrent acceptances queue in acceptance order and a
 * rolled-back acceptance returns its serial: unique, gap-free, never reused.
 */
@Stateless
@PermitAll
public class CaseNumbering {

    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseNumbering self;

    /** A case number and the moment of acceptance, read while the month's serial is locked. */
    public record Numbered(String number, Instant acceptedAt) {
    }

    /**
     * The next number and the acceptance time, the time read once the serial is locked: acceptances
     * queued on the lock get later times in number order. One that waited across the turn of a month
     * takes the new month's serial.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Numbered next(Clock clock) {
        ZoneId zone = clock.getZone();
        String month = YYMM.format(clock.instant().atZone(zone));
        MonthlySerial serial = locked(month);
        Instant at = clock.instant();
        String monthNow = YYMM.format(at.atZone(zone));
        if (!monthNow.equals(month)) {
            serial = locked(monthNow);
            at = clock.instant();
        }
        return new Numbered(serial.nextNumber(), at);
    }

    private MonthlySerial locked(String month) {
        MonthlySerial serial = em.find(MonthlySerial.class, month, LockModeType.PESSIMISTIC_WRITE);
        if (serial == null) {
            try {
                self.createMonth(month);
            } catch (MonthExistsException anotherAcceptanceCreatedIt) {
                // Only the insert's own transaction rolled back; the row is there to lock now.
            }
            serial = em.find(MonthlySerial.class, month, LockModeType.PESSIMISTIC_WRITE);
        }
        return serial;
    }

    /**
     * Creates the month's row in a transaction of its own. When two first acceptances of a month race,
     * one insert fails on the primary key; that is fine, the row exists either way.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createMonth(String month) {
        if (em.find(MonthlySerial.class, month) == null) {
            try {
                em.persist(new MonthlySerial(month));
                em.flush();
            } catch (jakarta.persistence.PersistenceException concurrentInsert) {
                throw new MonthExistsException(concurrentInsert);
            }
        }
    }

    /** Rolls back only the failed month insert. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class MonthExistsException extends RuntimeException {
        MonthExistsException(Throwable cause) {
            super(cause);
        }
    }
}
