package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One download of a signed slip (下载记录): auditors and the GM office see who took which slip when. */
@Entity
@Table(name = "slip_download")
public class SlipDownload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private Long complaintId;

    @Column(nullable = false, length = 50, updatable = false)
    private String username;

    @Column(name = "downloaded_at", nullable = false, updatable = false)
    private Instant downloadedAt;

    protected SlipDownload() {
    }

    public SlipDownload(Long complaintId, String username, Instant downloadedAt) {
        this.complaintId = complaintId;
        this.username = username;
        this.downloadedAt = downloadedAt;
    }

    public Long getId() { return id; }
    public Long getComplaintId() { return complaintId; }
    public String getUsername() { return username; }
    public Instant getDownloadedAt() { return downloadedAt; }
}
