/**
 * Deadlines that act (SPEC section 5): pauses of a step's clock while it waits on the customer, the
 * reminders (催办单) the timer issues for overdue steps and cases, the delay investigations (查办单)
 * opened at closing, and the e-mail each of them owes its department.
 */
package cn.kesu.model.deadline;
