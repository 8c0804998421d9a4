/**
 * Case queries: the work lists, the GM office's ledger (客户抱怨案件登记追踪表), one case with what the caller
 * may do on it, and its readable history (修改记录).
 */
package cn.kesu.business.complaint.query;
