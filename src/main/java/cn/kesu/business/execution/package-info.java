/**
 * Carrying out the approved handling (依批示处理, SPEC section 4): the rules every execution document
 * follows, the warehouse's and accounting's desks, the documents' PDFs and the receivables report.
 */
package cn.kesu.business.execution;
