/**
 * 严重度 (SPEC section 7): a case becomes major by repeats or by its claim, or the GM office raises it; the gm
 * gets a 重大客诉通报 once per case and level.
 */
package cn.kesu.business.complaint.severity;
