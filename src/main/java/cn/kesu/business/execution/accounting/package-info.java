/**
 * 会计科 at execution: posts the allowance notes the customer signed, reconciles returned quantities against
 * the approved ones, and records what a supplier paid on a claim. Above the case actions, which it asks.
 */
package cn.kesu.business.execution.accounting;
