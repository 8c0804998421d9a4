/**
 * The working calendar (工作日历): the working days step deadlines, reminders and mail hours count on, and the
 * administrator's upkeep of the calendar, by hand or from a year's list.
 */
package cn.kesu.business.calendar;
