/** What all department beans share: the refusal type every broken rule is reported with. */
package cn.kesu.business.common;
