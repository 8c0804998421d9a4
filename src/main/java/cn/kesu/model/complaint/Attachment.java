package cn.kesu.model.complaint;

import jakarta.persistence.AttributeOverride;
import cn.kesu.model.Handled;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file on the slip (附件): a photo of the defect, a customer's letter. Kept in the database, not on
 * one server's disk, so every node of a cluster serves it.
 */
@Entity
@Table(name = "attachment")
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "uploaded_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at", nullable = false, updatable = false))
    private Handled upload;

    /** The case's step when the file came: QA's lab photos at 调查, production's analysis at 分析 … */
    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Step step;

    protected Attachment() {
    }

    public Attachment(Complaint complaint, String fileName, String contentType, byte[] content, String uploadedBy,
                      Instant uploadedAt) {
        this.complaint = complaint;
        this.step = complaint.getCurrentStep();
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.upload = new Handled(uploadedBy, uploadedAt);
    }

    public Long getId() { return id; }
    public Complaint getComplaint() { return complaint; }
    public String getFileName() { return fileName; }
    public Step getStep() { return step; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public byte[] getContent() { return content.clone(); }
    public Handled getUpload() { return upload; }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
