/** The one source of "now": an injectable clock in the company's time zone, which tests replace. */
package cn.kesu.infrastructure.time;
