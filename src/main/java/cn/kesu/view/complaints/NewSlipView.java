package cn.kesu.view.complaints;

import cn.kesu.business.catalog.Catalogs;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.user.People;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.PersonRef;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Backing bean of {@code new.xhtml}: business fills the slip; the draft then opens on its case page. */
@Named
@ViewScoped
public class NewSlipView implements Serializable {

    @Inject
    People peopleDirectory;

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessDesk businessDesk;

    @Inject
    Catalogs catalogs;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private Long customerId;
    private Long abnormalityTypeId;
    private String contact;
    private Channel channel = Channel.PHONE;
    private LocalDateTime receivedAt;
    private String orderNo;
    private String partNo;
    private LocalDate shipmentDate;
    private LocalDate reportRequestedBy;
    private Integer quantityShipped;
    private Integer defectQuantity;
    private CustomerRequest[] customerRequests;
    private boolean quantitiesPending;
    private String description;
    private boolean sampleReceived;
    private Category category = Category.QUALITY;
    private String businessRemark;
    /** 被投诉人: a system user (username) or, failing that, a person outside the system. */
    private String complainedUser;
    private String complainedExternal;

    private List<Customer> customers;
    private Map<String, String> people;
    private List<CatalogEntry> abnormalityTypes;

    public void create() throws IOException {
        try {
            Set<CustomerRequest> requests = customerRequests == null || customerRequests.length == 0
                    ? Set.of() : EnumSet.copyOf(Arrays.asList(customerRequests));
            Long id = businessDesk.createDraft(new SlipInput(customerId, abnormalityTypeId, contact, channel,
                    receivedAt == null ? null : receivedAt.atZone(clock.getZone()).toInstant(), orderNo, partNo,
                    shipmentDate, quantityShipped, defectQuantity, requests, quantitiesPending, description,
                    sampleReceived, category, businessRemark, complainedPerson(), reportRequestedBy));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            feedback.info("slip.created");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/complaints/case.xhtml?id=" + id);
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    public List<Customer> getCustomers() {
        if (customers == null) {
            customers = catalogs.activeCustomers();
        }
        return customers;
    }

    public List<CatalogEntry> getAbnormalityTypes() {
        if (abnormalityTypes == null) {
            abnormalityTypes = catalogs.active(CatalogKind.ABNORMALITY_TYPE);
        }
        return abnormalityTypes;
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }

    public Channel[] getChannels() { return Channel.values(); }
    public CustomerRequest[] getRequests() { return CustomerRequest.values(); }
    public Category[] getCategories() { return Category.values(); }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getAbnormalityTypeId() { return abnormalityTypeId; }
    public void setAbnormalityTypeId(Long abnormalityTypeId) { this.abnormalityTypeId = abnormalityTypeId; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime receivedAt) { this.receivedAt = receivedAt; }
    public String getOrderNo() { return orderNo; }
    public void setOrderNo(String orderNo) { this.orderNo = orderNo; }
    public String getPartNo() { return partNo; }
    public void setPartNo(String partNo) { this.partNo = partNo; }
    public LocalDate getShipmentDate() { return shipmentDate; }
    public void setShipmentDate(LocalDate shipmentDate) { this.shipmentDate = shipmentDate; }
    public LocalDate getReportRequestedBy() { return reportRequestedBy; }
    public void setReportRequestedBy(LocalDate reportRequestedBy) { this.reportRequestedBy = reportRequestedBy; }
    public Integer getQuantityShipped() { return quantityShipped; }
    public void setQuantityShipped(Integer quantityShipped) { this.quantityShipped = quantityShipped; }
    public Integer getDefectQuantity() { return defectQuantity; }
    public void setDefectQuantity(Integer defectQuantity) { this.defectQuantity = defectQuantity; }
    public CustomerRequest[] getCustomerRequests() { return customerRequests; }
    public void setCustomerRequests(CustomerRequest[] customerRequests) { this.customerRequests = customerRequests; }
    public boolean isQuantitiesPending() { return quantitiesPending; }
    public void setQuantitiesPending(boolean quantitiesPending) { this.quantitiesPending = quantitiesPending; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isSampleReceived() { return sampleReceived; }
    public void setSampleReceived(boolean sampleReceived) { this.sampleReceived = sampleReceived; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getBusinessRemark() { return businessRemark; }
    public void setBusinessRemark(String businessRemark) { this.businessRemark = businessRemark; }
    private String complainedPerson() {
        if (complainedUser != null && !complainedUser.isBlank()) {
            return complainedUser;
        }
        return complainedExternal == null || complainedExternal.isBlank() ? null : PersonRef.external(complainedExternal);
    }

    /** The users a slip may name, username → full name, for the choice list. */
    public Map<String, String> getPeople() {
        if (people == null) {
            people = peopleDirectory.caseWorkers();
        }
        return people;
    }

    public String getComplainedUser() { return complainedUser; }
    public void setComplainedUser(String complainedUser) { this.complainedUser = complainedUser; }
    public String getComplainedExternal() { return complainedExternal; }
    public void setComplainedExternal(String complainedExternal) { this.complainedExternal = complainedExternal; }
}
