/** The administrator's upkeep of the working calendar (工作日历), by hand or from a year's list. */
package cn.kesu.business.calendar;
