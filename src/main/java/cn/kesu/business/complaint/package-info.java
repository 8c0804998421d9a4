/**
 * The department beans of the complaint procedure (业务部, 总经理室, 质量管理部, 制造部, 研发部, 核决) and
 * the rules they share: step, recusal, version, signature, routing, deadlines and numbering.
 */
package cn.kesu.business.complaint;
