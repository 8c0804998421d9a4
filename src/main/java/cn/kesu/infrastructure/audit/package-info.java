/** The audit trail (修改记录): Hibernate Envers revisions carrying the user who made each change. */
package cn.kesu.infrastructure.audit;
