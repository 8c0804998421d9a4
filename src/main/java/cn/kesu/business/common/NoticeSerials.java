package cn.kesu.business.common;

import cn.kesu.model.deadline.NoticeNumbers;
import cn.kesu.model.deadline.NoticeSerial;
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
import java.time.ZonedDateTime;

/**
 * 单据编号: the day's serials of notices and documents. The day's row is locked for the rest of the issuing
 * transaction, so concurrent issues queue and a rolled-back one gives its serials back: gap-free per kind and
 * day, never reused. A day's first serial follows whatever that day already holds (notices numbered by id
 * before day serials existed keep their numbers).
 */
@Stateless
@PermitAll
public class NoticeSerials {

    /** The kinds of numbered notices and documents, with the table and issue time their day is read from. */
    public enum Kind {
        /** 催办单 */ CB("reminder", "issued_at"),
        /** 查办单 */ CX("investigation", "opened_at"),
        /** 重大客诉通报 */ ZD("severity_notice", "issued_at"),
        /** 销货折让证明单 */ ZR("allowance_note", "issued_at"),
        /** 成品退货单 */ TH("return_note", "issued_at"),
        /** 奖罚通知单 */ JF("penalty_notice", "proposed_at");

        private final String table;
        private final String issuedColumn;

        Kind(String table, String issuedColumn) {
            this.table = table;
            this.issuedColumn = issuedColumn;
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    NoticeSerials self;

    /** The next serial of the kind on the day of {@code issued} in the company's zone. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int next(Kind kind, Instant issued, ZoneId zone) {
        return take(kind, issued, zone, 1);
    }

    /** {@code count} consecutive serials of the kind on the day of {@code issued}; answers the first. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int take(Kind kind, Instant issued, ZoneId zone, int count) {
        String key = NoticeNumbers.serialKey(kind.name(), issued, zone);
        NoticeSerial serial = em.find(NoticeSerial.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (serial == null) {
            ZonedDateTime day = issued.atZone(zone).toLocalDate().atStartOfDay(zone);
            try {
                self.createDay(key, kind, day.toInstant(), day.plusDays(1).toInstant());
            } catch (DayExistsException anotherIssueCreatedIt) {
                // Only the insert's own transaction rolled back; the row is there to lock now.
            }
            serial = em.find(NoticeSerial.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return serial.take(count);
    }

    /**
     * Creates the day's row in a transaction of its own, starting after the highest number the day already
     * holds. When two first issues of a day race, one insert fails on the primary key; the row exists either way.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createDay(String key, Kind kind, Instant from, Instant to) {
        if (em.find(NoticeSerial.class, key) != null) {
            return;
        }
        Number highest = (Number) em.createNativeQuery("select coalesce(max(day_serial), 0) from " + kind.table
                        + " where " + kind.issuedColumn + " >= ?1 and " + kind.issuedColumn + " < ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        try {
            em.persist(new NoticeSerial(key, highest.intValue()));
            em.flush();
        } catch (jakarta.persistence.PersistenceException concurrentInsert) {
            throw new DayExistsException(concurrentInsert);
        }
    }

    /** Rolls back only the failed day insert. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class DayExistsException extends RuntimeException {
        DayExistsException(Throwable cause) {
            super(cause);
        }
    }
}
