package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * The last case serial given in one month (客诉编号流水号). Acceptances lock this row, so numbers are
 * given one at a time in acceptance order, and a rolled-back acceptance gives its serial back:
 * numbers are gap-free within a month and never reused.
 */
@Entity
@Table(name = "case_number_serial")
public class MonthlySerial implements Serializable {

    private static final long serialVersionUID = 1L;

    /** YYMM, e.g. 2611. */
    @Id
    @Column(name = "serial_month", length = 4)
    private String month;

    @Column(name = "last_serial", nullable = false)
    private int lastSerial;

    protected MonthlySerial() {
    }

    public MonthlySerial(String month) {
        this.month = month;
    }

    /** The next case number of the month: YYMM and a two-digit serial that widens past 99. */
    public String nextNumber() {
        lastSerial++;
        return String.format("%s%02d", month, lastSerial);
    }

    public String getMonth() {
        return month;
    }

    public int getLastSerial() {
        return lastSerial;
    }
}
