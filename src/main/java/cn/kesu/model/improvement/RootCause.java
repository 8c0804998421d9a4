package cn.kesu.model.improvement;

import cn.kesu.model.catalog.CatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;

/** D4 根本原因: why the defect occurred, why it escaped, the chain of whys, and its cause code. */
@Embeddable
public class RootCause implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "occurrence_cause", length = 2000)
    private String occurrence;

    @Column(name = "escape_cause", length = 2000)
    private String escape;

    @Column(name = "why_chain", length = 4000)
    private String whyChain;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cause_code_id")
    private CatalogEntry causeCode;

    protected RootCause() {
    }

    public RootCause(String occurrence, String escape, String whyChain, CatalogEntry causeCode) {
        this.occurrence = occurrence;
        this.escape = escape;
        this.whyChain = whyChain;
        this.causeCode = causeCode;
    }

    public String getOccurrence() { return occurrence; }
    public String getEscape() { return escape; }
    public String getWhyChain() { return whyChain; }
    public CatalogEntry getCauseCode() { return causeCode; }
}
