package cn.kesu.business.execution;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One salesperson's line of the receivables report: the claim amounts of cases closed in the month
 * that touched receivables, which the bonus computation keeps out of the collection rate (收款率).
 */
public record ReceivablesRow(String salesperson, String fullName, long cases, BigDecimal amount) implements Serializable {
}
