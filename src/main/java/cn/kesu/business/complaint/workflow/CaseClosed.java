package cn.kesu.business.complaint.workflow;

import cn.kesu.model.complaint.Complaint;

/** Fired in the closing transaction when a case reaches 结案 or 不成立结案; observers may wait for its commit. */
public record CaseClosed(Complaint complaint) {
}
