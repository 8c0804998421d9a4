/**
 * The improvement loop (追踪改善, SPEC section 7, issue 14): the 8D record of a case, its actions with owners and due
 * dates, and the lots that verify the cause is removed (连续三批无此不良).
 */
package cn.kesu.model.improvement;
