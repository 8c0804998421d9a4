/** Monthly statistics (客诉案件统计表) as frozen snapshots the GM office confirms. */
package cn.kesu.model.statistics;
