package cn.kesu.model.complaint;

import cn.kesu.model.catalog.CatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.io.Serializable;

/**
 * A share of responsibility (责任归属) QA attributes to a responsible department or a supplier, in
 * percent; the shares of a case add up to 100 and weight the monthly statistics.
 */
@Entity
@Audited
@Table(name = "responsibility")
public class Responsibility implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id", nullable = false, updatable = false)
    private CatalogEntry party;

    @Column(name = "share_percent", nullable = false, updatable = false)
    private int sharePercent;

    protected Responsibility() {
    }

    Responsibility(Complaint complaint, CatalogEntry party, int sharePercent) {
        this.complaint = complaint;
        this.party = party;
        this.sharePercent = sharePercent;
    }

    public Long getId() { return id; }
    public CatalogEntry getParty() { return party; }
    public int getSharePercent() { return sharePercent; }
}
