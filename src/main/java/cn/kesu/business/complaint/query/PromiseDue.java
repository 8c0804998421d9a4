package cn.kesu.business.complaint.query;

import cn.kesu.model.complaint.PromiseKind;

import java.io.Serializable;
import java.time.Instant;

/** 下一项对客户承诺: what the customer is owed next on a case and by when, as the ledger shows it. */
public record PromiseDue(PromiseKind kind, Instant dueAt) implements Serializable {
}
