/**
 * Monthly statistics (客诉案件统计表) as frozen snapshots the GM office confirms, and the nightly rollups of the
 * months that are not final yet.
 */
package cn.kesu.model.statistics;
