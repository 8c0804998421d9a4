/**
 * The documents of the execution step (依批示处理, SPEC section 4): allowance notes (销货折让证明单),
 * return notes (成品退货单) and the supplier claims (供应商索赔) the GM office raises for a supplier's share.
 */
package cn.kesu.model.execution;
