/**
 * 客诉案件统计表 (SPEC section 8): the figures of the cases closed in a month, aggregated in the
 * database, shown live or as the snapshot the GM office confirms.
 */
package cn.kesu.business.statistics;
