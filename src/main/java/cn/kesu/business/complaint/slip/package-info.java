/**
 * The signed slip of a case (签章客户抱怨处理表) with its download log, and the auditor's check of a slip PDF
 * brought back (稽核).
 */
package cn.kesu.business.complaint.slip;
