/** 奖罚通知单 and the 人事公布单: the GM office proposes from a month's closed cases, the gm decides, the forms print. */
package cn.kesu.business.penalty;
