/** 奖罚通知单 (SPEC section 8): rewards and penalties the GM office proposes from a month's closed cases and the gm approves. */
package cn.kesu.model.penalty;
