/**
 * The improvement loop of a case (追踪改善, 8D, issue 14): the rule that opens an 8D, and QA's and the owning
 * departments' work on it — root cause, actions, verification lots and closing after consecutive clean lots.
 */
package cn.kesu.business.complaint.improvement;
