/**
 * Carrying out the approved handling (依批示处理, SPEC section 4): the rules every execution document follows,
 * the warehouse's desk, the documents' PDFs and the receivables report. Accounting's desk is in
 * {@code execution.accounting}, above the case actions it asks.
 */
package cn.kesu.business.execution;
