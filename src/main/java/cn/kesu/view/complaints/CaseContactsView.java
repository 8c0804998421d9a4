package cn.kesu.view.complaints;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.intake.ContactInput;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.ContactDocument;
import cn.kesu.model.complaint.CustomerContact;
import cn.kesu.model.complaint.CustomerPromise;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The case page's 客户联络记录: every contact with the customer about the case, the latest first, and for business
 * the form to record one (issue 14, customer-facing promises). The desk checks every rule again.
 */
@Named
@ViewScoped
public class CaseContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CaseView caseView;
    @Inject CaseQueries cases;
    @Inject BusinessDesk businessDesk;
    @Inject Feedback feedback;
    @Inject Clock clock;

    private List<CustomerContact> contacts;
    private List<CustomerPromise> promises;
    private LocalDateTime contactedAt;
    private ContactChannel channel = ContactChannel.PHONE;
    private String summary;
    private ContactDocument[] documents;

    public List<CustomerContact> getContacts() {
        if (contacts == null) {
            contacts = cases.contacts(caseView.getId());
        }
        return contacts;
    }

    /** 对客户承诺: what the customer is owed, kept or not; a recorded contact may keep some, so read after it. */
    public List<CustomerPromise> getPromises() {
        if (promises == null) {
            promises = cases.promises(caseView.getId());
        }
        return promises;
    }

    public String stateKey(CustomerPromise promise) {
        return promise.state(clock.instant()).labelKey();
    }

    public boolean isCanRecord() {
        return caseView.offers(CaseAction.CONTACT);
    }

    public void record() {
        Set<ContactDocument> sent = documents == null || documents.length == 0 ? Set.of()
                : EnumSet.copyOf(Arrays.asList(documents));
        try {
            businessDesk.recordContact(caseView.getId(), new ContactInput(contactedAt == null ? null
                    : contactedAt.atZone(clock.getZone()).toInstant(), channel, summary, sent));
            feedback.info("contact.recorded");
            contactedAt = null;
            summary = null;
            documents = null;
            contacts = null;
            promises = null;
            caseView.load(); // a final answer lets the case close: the actions offered change
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public ContactDocument[] getDocumentKinds() {
        return ContactDocument.values();
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }

    public LocalDateTime getContactedAt() { return contactedAt; }
    public void setContactedAt(LocalDateTime contactedAt) { this.contactedAt = contactedAt; }
    public ContactChannel getChannel() { return channel; }
    public void setChannel(ContactChannel channel) { this.channel = channel; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public ContactDocument[] getDocuments() { return documents; }
    public void setDocuments(ContactDocument[] documents) { this.documents = documents; }
}
