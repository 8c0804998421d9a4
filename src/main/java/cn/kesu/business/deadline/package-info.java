/**
 * Deadlines that act (SPEC section 5): a paused step clock and how its end moves the deadlines (the holder's
 * pause and resume are in {@code complaint.pause}), the reminder scan the persistent timer runs, reminders
 * (催办单) and delay investigations (查办单) with their department's answers, and their e-mail in working hours.
 */
package cn.kesu.business.deadline;
