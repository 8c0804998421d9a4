/** The inbox of reminders (催办单) and delay investigations (查办单), with the department's answers. */
package cn.kesu.view.inbox;
