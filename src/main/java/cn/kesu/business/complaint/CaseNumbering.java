package cn.kesu.business.complaint;

import cn.kesu.model.complaint.MonthlySerial;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String nextNumber(Instant acceptedAt, ZoneId zone) {
        String month = YYMM.format(acceptedAt.atZone(zone));
        MonthlySerial serial = em.find(MonthlySerial.class, month, LockModeType.PESSIMISTIC_WRITE);
        if (serial == null) {
            try {
                self.createMonth(month);
            } catch (MonthExistsException anotherAcceptanceCreatedIt) {
                // Only the insert's own transaction rolled back; the row is there to lock now.
            }
            serial = em.find(MonthlySerial.class, month, LockModeType.PESSIMISTIC_WRITE);
        }
        return serial.nextNumber();
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
