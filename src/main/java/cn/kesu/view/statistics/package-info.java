/** The 客诉案件统计表 screen: figures, charts, snapshot review and confirmation. */
package cn.kesu.view.statistics;
