package cn.kesu.business.complaint.slip;

import java.io.Serializable;
import java.time.Instant;

/** One line of the slip download log. */
public final class DownloadRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant at;
    private final String username;
    private final Long caseId;
    private final String caseNumber;

    public DownloadRow(Instant at, String username, Long caseId, String caseNumber) {
        this.at = at;
        this.username = username;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
    }

    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
}
