package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Business's handling proposal and the result of negotiating with the customer (业务处理意见/交涉结果):
 * agreed in principle only, since nothing beyond the approval authority may be promised before approval.
 */
@Embeddable
public class BusinessHandling implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "handling_proposal", length = 4000)
    private String proposal;

    @Column(name = "handling_negotiation", length = 4000)
    private String negotiationResult;

    @Column(name = "handling_return_qty")
    private Integer proposedReturnQuantity;

    @Column(name = "handling_amount", precision = 14, scale = 2)
    private BigDecimal proposedAmount;

    protected BusinessHandling() {
    }

    public BusinessHandling(String proposal, String negotiationResult, Integer proposedReturnQuantity,
                            BigDecimal proposedAmount) {
        this.proposal = proposal;
        this.negotiationResult = negotiationResult;
        this.proposedReturnQuantity = proposedReturnQuantity;
        this.proposedAmount = proposedAmount;
    }

    public String getProposal() { return proposal; }
    public String getNegotiationResult() { return negotiationResult; }
    public Integer getProposedReturnQuantity() { return proposedReturnQuantity; }
    public BigDecimal getProposedAmount() { return proposedAmount; }
}
