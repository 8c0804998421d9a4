package cn.kesu.model.complaint;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * 结案归档: the signed five-copy slip as it was at 结案 (or 不成立结案), byte for byte. Later downloads of the
 * closed case return this file, and 稽核 compares a file brought back with it. Only ever added to.
 */
@Entity
@Table(name = "slip_archive")
public class SlipArchive implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    /** Hex SHA-256 of the file, to compare a file brought back without loading this one. */
    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    /** The case's version the file shows; a later version means the case changed after closing. */
    @Column(name = "case_version", nullable = false, updatable = false)
    private long caseVersion;

    @Column(name = "archived_at", nullable = false, updatable = false)
    private Instant archivedAt;

    protected SlipArchive() {
    }

    public SlipArchive(Long complaintId, byte[] pdf, String sha256, long caseVersion, Instant archivedAt) {
        this.complaintId = complaintId;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.caseVersion = caseVersion;
        this.archivedAt = archivedAt;
    }

    public Long getComplaintId() { return complaintId; }
    public byte[] getPdf() { return pdf.clone(); }
    public String getSha256() { return sha256; }
    public long getCaseVersion() { return caseVersion; }
    public Instant getArchivedAt() { return archivedAt; }
}
