package cn.kesu.business.complaint.slip;

import java.io.Serializable;
import java.time.Instant;

/**
 * An auditor's check of a slip PDF: is the signature the company's and intact, which case and version
 * does it show, and is that still the case as it stands today.
 */
public record SlipVerdict(boolean signatureValid, String signer, Instant signedAt, Long caseId, String caseNumber,
                          Long slipVersion, Long currentVersion, Archived archived) implements Serializable {

    /**
     * What the archive of a closed case says about the file: whether it is the archived file byte for byte, and
     * whether the case changed after closing (a follow-up, a 签呈 ruling, a supplier settlement …).
     */
    public record Archived(boolean sameFile, boolean caseChangedSince) implements Serializable {
    }

    /**
     * The slip shows the case as it is now: no step or field changed since it was issued. Only a file
     * whose signature holds can say so; what a changed file claims about its version proves nothing.
     */
    public boolean upToDate() {
        return signatureValid && slipVersion != null && slipVersion.equals(currentVersion);
    }

    public boolean isSignatureValid() { return signatureValid; }
    public String getSigner() { return signer; }
    public Instant getSignedAt() { return signedAt; }
    public String getCaseNumber() { return caseNumber; }
    public boolean isUpToDate() { return upToDate(); }
    public boolean isKnownCase() { return caseId != null && currentVersion != null; }
    /** The case is closed and archived: {@link #getArchived()} says how the file compares. */
    public boolean isArchivedCase() { return archived != null; }
    public Archived getArchived() { return archived; }
}
