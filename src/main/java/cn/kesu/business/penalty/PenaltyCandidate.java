package cn.kesu.business.penalty;

import java.io.Serializable;

/** A case closed in the month, with the penalty proposal of its consolidated opinion, to build notices from. */
public record PenaltyCandidate(Long caseId, String number, String customer, String proposal, String responsible) implements Serializable {
}
