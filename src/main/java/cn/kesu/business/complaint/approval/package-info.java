/**
 * Consolidation and approval: the GM office accepts, checks and consolidates the opinion (综合意见, SPEC step 8),
 * raises a case's severity and claims a supplier's share; the approver the approval authority named decides
 * (核决, step 9) and, at execution, countersigns the allowance notes and decides on quantity differences of the
 * returns.
 */
package cn.kesu.business.complaint.approval;
