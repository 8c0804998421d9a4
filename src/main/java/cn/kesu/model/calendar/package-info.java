/** The company's working calendar (工作日历): public holidays and the weekend days declared working (调休). */
package cn.kesu.model.calendar;
