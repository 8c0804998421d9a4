package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What business writes on the slip (客户抱怨处理表 upper part): the customer's contact, the order and
 * part, quantities, what the customer asks for and the abnormality as described. Quantities may stay
 * empty while the customer is still processing the goods (客户加工中未确定).
 */
@Embeddable
public class SlipDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "contact", length = 100)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "order_no", length = 40)
    private String orderNo;

    @Column(name = "part_no", nullable = false, length = 40)
    private String partNo;

    @Column(name = "shipment_date")
    private LocalDate shipmentDate;

    @Column(name = "quantity_shipped")
    private Integer quantityShipped;

    @Column(name = "defect_quantity")
    private Integer defectQuantity;

    @Convert(converter = CustomerRequestsConverter.class)
    @Column(name = "customer_requests", nullable = false, length = 200)
    private Set<CustomerRequest> customerRequests = EnumSet.noneOf(CustomerRequest.class);

    @Column(name = "quantities_pending", nullable = false)
    private boolean quantitiesPending;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "sample_received", nullable = false)
    private boolean sampleReceived;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @Column(name = "business_remark", length = 2000)
    private String businessRemark;

    @Column(name = "complained_person", length = 50)
    private String complainedPerson;

    /** 客户要求报告日期: the customer asked for a report by this date; a promise of the case (issue 14). */
    @Column(name = "report_requested_by")
    private LocalDate reportRequestedBy;

    protected SlipDetails() {
    }

    @SuppressWarnings("java:S107")
    public SlipDetails(String contact, Channel channel, Instant receivedAt, String orderNo, String partNo,
                       LocalDate shipmentDate, Integer quantityShipped, Integer defectQuantity,
                       Set<CustomerRequest> customerRequests, boolean quantitiesPending, String description,
                       boolean sampleReceived, Category category, String businessRemark, String complainedPerson,
                       LocalDate reportRequestedBy) {
        this.contact = contact;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.orderNo = orderNo;
        this.partNo = partNo;
        this.shipmentDate = shipmentDate;
        this.quantityShipped = quantityShipped;
        this.defectQuantity = defectQuantity;
        this.customerRequests = customerRequests.isEmpty() ? EnumSet.noneOf(CustomerRequest.class) : EnumSet.copyOf(customerRequests);
        this.quantitiesPending = quantitiesPending;
        this.description = description;
        this.sampleReceived = sampleReceived;
        this.category = category;
        this.businessRemark = businessRemark;
        this.complainedPerson = complainedPerson;
        this.reportRequestedBy = reportRequestedBy;
    }

    /**
     * 补填数量: the customer finished processing the goods, so the quantities left pending at entry are now
     * known. Only while they are pending.
     */
    void completeQuantities(int shipped, int defects) {
        if (!quantitiesPending) {
            throw new IllegalStateException("quantities are not pending");
        }
        quantityShipped = shipped;
        defectQuantity = defects;
        quantitiesPending = false;
    }

    public String getContact() { return contact; }
    public Channel getChannel() { return channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getOrderNo() { return orderNo; }
    public String getPartNo() { return partNo; }
    public LocalDate getShipmentDate() { return shipmentDate; }
    public Integer getQuantityShipped() { return quantityShipped; }
    public Integer getDefectQuantity() { return defectQuantity; }
    public Set<CustomerRequest> getCustomerRequests() { return Set.copyOf(customerRequests); }
    public boolean isQuantitiesPending() { return quantitiesPending; }
    public String getDescription() { return description; }
    public boolean isSampleReceived() { return sampleReceived; }
    public Category getCategory() { return category; }
    public String getBusinessRemark() { return businessRemark; }
    public String getComplainedPerson() { return complainedPerson; }
    public LocalDate getReportRequestedBy() { return reportRequestedBy; }
}
