/**
 * 签呈 (SPEC section 3, "Objection"): a department that disagrees with a resolution of an accepted case files
 * an objection; the gm rules on it with his signature.
 */
package cn.kesu.business.complaint.objection;
