/**
 * 暂停计时 (SPEC section 3, "Waiting for the customer"): the holder of a step pauses and resumes its clock,
 * and the GM office decides on pausing the case deadline with it; with the refusals of these actions.
 */
package cn.kesu.business.complaint.pause;
