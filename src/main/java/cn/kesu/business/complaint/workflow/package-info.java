/**
 * The workflow core every step of the procedure shares: load the case at the version the caller saw, check
 * step, countersignature and recusal (回避), sign, and pass the case on — or 退回 one step — to the next holder
 * with its step and case deadlines, routed to the approver the approval authority (核决权限) names; with the
 * refusals of those rules.
 */
package cn.kesu.business.complaint.workflow;
