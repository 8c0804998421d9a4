package cn.kesu.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * The last serial given to one kind of notice or document on one day (催办单 CB261202-1, -2 …). Issuing locks
 * this row, so serials are given one at a time and a rolled-back issue gives its serial back: numbers are
 * gap-free per kind and day, whatever the identity values the refused or rolled-back inserts consumed.
 */
@Entity
@Table(name = "notice_serial")
public class NoticeSerial implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Prefix and day, e.g. CB261202. */
    @Id
    @Column(name = "serial_key", length = 12)
    private String key;

    @Column(name = "last_serial", nullable = false)
    private int lastSerial;

    protected NoticeSerial() {
    }

    public NoticeSerial(String key, int lastSerial) {
        this.key = key;
        this.lastSerial = lastSerial;
    }

    /** Takes {@code count} serials; answers the first. */
    public int take(int count) {
        int first = lastSerial + 1;
        lastSerial += count;
        return first;
    }

    public String getKey() {
        return key;
    }

    public int getLastSerial() {
        return lastSerial;
    }
}
