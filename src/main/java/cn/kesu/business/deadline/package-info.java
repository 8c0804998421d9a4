/**
 * Deadlines that act (SPEC section 5): pausing a step's clock while it waits on the customer, the
 * reminder scan the persistent timer runs, reminders (催办单) and delay investigations (查办单) with
 * their department's answers, and their e-mail in working hours.
 */
package cn.kesu.business.deadline;
