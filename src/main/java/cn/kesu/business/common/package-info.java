/**
 * What all department beans share: the refusal type every broken rule is reported with, the refusal of a
 * record another user changed first, and the Chinese texts written into records.
 */
package cn.kesu.business.common;
