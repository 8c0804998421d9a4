package cn.kesu.model.complaint;

import cn.kesu.model.Handled;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * 客户联络记录: one contact of business with the customer about a case (issue 14, customer-facing promises):
 * when and how, what was said, which documents were sent, and who recorded it. Written once.
 */
@Entity
@Table(name = "customer_contact")
@NamedQuery(name = CustomerContact.OF_COMPLAINT, query = "select k from CustomerContact k where k.complaint.id = :caseId"
        + " order by k.contactedAt desc, k.id desc")
public class CustomerContact implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPLAINT = "CustomerContact.ofComplaint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "contacted_at", nullable = false, updatable = false)
    private Instant contactedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ContactChannel channel;

    @Column(nullable = false, length = 2000, updatable = false)
    private String summary;

    @Convert(converter = ContactDocumentsConverter.class)
    @Column(length = 200, updatable = false)
    private Set<ContactDocument> documents;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "recorded_by", nullable = false, length = 50, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false, updatable = false))
    private Handled recorded;

    protected CustomerContact() {
    }

    public CustomerContact(Complaint complaint, Instant contactedAt, ContactChannel channel, String summary,
                           Set<ContactDocument> documents, Handled recorded) {
        this.complaint = complaint;
        this.contactedAt = contactedAt;
        this.channel = channel;
        this.summary = summary;
        this.documents = Set.copyOf(documents);
        this.recorded = recorded;
    }

    public Long getId() { return id; }
    public Instant getContactedAt() { return contactedAt; }
    public ContactChannel getChannel() { return channel; }
    public String getSummary() { return summary; }
    public Set<ContactDocument> getDocuments() { return documents == null ? Set.of() : documents; }
    public Handled getRecorded() { return recorded; }
}
