/**
 * Case actions: who may do what on a case at its current step — the check the case page asks which actions to
 * offer and every department bean asks before it acts — with the refusals that concern the caller rather than
 * the step (not the holder, not the approver, case not numbered, follow-up done, objection ruled).
 */
package cn.kesu.business.complaint.action;
