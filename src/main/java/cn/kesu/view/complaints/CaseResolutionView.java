package cn.kesu.view.complaints;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseOptions;
import cn.kesu.business.complaint.approval.GmOffice;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.objection.Objections;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseRow;
import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.business.execution.accounting.AccountingDesk;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.complaint.Responsibility;
import cn.kesu.model.complaint.Ruling;
import cn.kesu.model.complaint.Satisfaction;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The case page's panels around the resolution: linked cases and the customer's non-acceptance, the
 * satisfaction follow-up (回访), objections (签呈) and the gm's rulings, supplier claims, and the GM
 * office raising the severity. What shows depends on role and step; the beans check again.
 */
@Named
@ViewScoped
public class CaseResolutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CaseView caseView;
    @Inject CaseQueries cases;
    @Inject ExecutionQueries execution;
    @Inject BusinessDesk businessDesk;
    @Inject GmOffice gmOffice;
    @Inject AccountingDesk accountingDesk;
    @Inject Objections objections;
    @Inject Feedback feedback;

    private List<CaseRow> continuations;
    private List<CaseRow> chain;
    private List<Objection> objectionRows;
    private List<SupplierClaim> claims;

    private String reason;
    private Satisfaction rating;
    private String note;
    private Ruling ruling = Ruling.UPHELD;
    private Severity level;
    private BigDecimal paid;
    private String password;
    private Integer shipped;
    private Integer defects;

    public List<CaseRow> getContinuations() {
        if (continuations == null) {
            continuations = cases.continuations(caseView.getId());
        }
        return continuations;
    }

    /** 投诉链: every case of the chain of re-complaints this one belongs to, first receipt first. */
    public List<CaseRow> getChain() {
        if (chain == null) {
            chain = cases.chain(caseView.getId());
        }
        return chain;
    }

    public List<Objection> getObjections() {
        if (objectionRows == null) {
            objectionRows = objections.ofCase(caseView.getId());
        }
        return objectionRows;
    }

    public List<SupplierClaim> getClaims() {
        if (claims == null) {
            claims = execution.supplierClaims(caseView.getId());
        }
        return claims;
    }

    private Complaint c() {
        return caseView.getComplaint();
    }

    /** The customer was told the conclusion: business may file the customer's non-acceptance. */
    public boolean isCanRecomplain() {
        return caseView.offers(CaseAction.RECOMPLAIN);
    }

    public boolean isCanFollowUp() {
        return caseView.offers(CaseAction.FOLLOW_UP);
    }

    /** Any department working cases may object; auditors read only. */
    public boolean isCanObject() {
        return caseView.offers(CaseAction.OBJECT);
    }

    public boolean isCanRule(Objection objection) {
        CaseOptions options = caseView.getOptions();
        return options != null && options.mayRule(objection.getId());
    }

    /** 补填数量 while the slip's quantities are pending (客户加工中未确定). */
    public boolean isCanCompleteQuantities() {
        return caseView.offers(CaseAction.COMPLETE_QUANTITIES);
    }

    public void completeQuantities() {
        act("resolution.quantitiesCompleted", () -> {
            businessDesk.completeQuantities(caseView.getId(), version(), shipped, defects, password);
            return Boolean.TRUE;
        });
    }

    public boolean isCanRaiseSeverity() {
        return caseView.offers(CaseAction.RAISE_SEVERITY);
    }

    public List<Severity> getHigherLevels() {
        return Arrays.stream(Severity.values()).filter(s -> s.isAbove(c().getSeverity())).toList();
    }

    /** The supplier shares QA attributed, for the GM office to claim once the loss is approved. */
    public List<Responsibility> getClaimableShares() {
        if (!caseView.offers(CaseAction.CLAIM_SUPPLIER)) {
            return List.of();
        }
        return c().getResponsibilities().stream().filter(r -> r.getParty().getKind() == CatalogKind.SUPPLIER)
                .filter(r -> getClaims().stream().noneMatch(k -> k.getSupplier().getId().equals(r.getParty().getId())))
                .toList();
    }

    public boolean isCanSettle(SupplierClaim claim) {
        CaseOptions options = caseView.getOptions();
        return options != null && options.maySettle(claim.getId());
    }

    public Satisfaction[] getRatings() {
        return Satisfaction.values();
    }

    public Ruling[] getRulings() {
        return Ruling.values();
    }

    public String recomplain() {
        Long created = act("resolution.recomplaintFiled", () -> businessDesk.fileRecomplaint(caseView.getId(), version(),
                reason, password));
        return created == null ? null : "/app/complaints/case.xhtml?id=" + created + "&faces-redirect=true";
    }

    public void followUp() {
        // Empty when the rating opened no re-complaint; null when the rating was refused.
        Optional<Long> created = act("resolution.followUpRecorded", () -> Optional.ofNullable(
                businessDesk.recordFollowUp(caseView.getId(), version(), rating, note)));
        if (created != null && created.isPresent()) {
            feedback.info("resolution.recomplaintOpened", String.valueOf(created.get()));
        }
    }

    public void object() {
        act("resolution.objectionFiled", () -> objections.file(caseView.getId(), reason));
    }

    public void rule(Objection objection) {
        act("resolution.ruled", () -> {
            objections.rule(objection.getId(), objection.getVersion(), ruling, note, password);
            return Boolean.TRUE;
        });
    }

    public void raiseSeverity() {
        act("resolution.severityRaised", () -> {
            gmOffice.raiseSeverity(caseView.getId(), version(), level, reason);
            return Boolean.TRUE;
        });
    }

    public void claim(Responsibility share) {
        act("resolution.claimRaised", () -> gmOffice.raiseSupplierClaim(caseView.getId(), share.getParty().getId()));
    }

    public void settle(SupplierClaim claim) {
        act("resolution.claimSettled", () -> {
            accountingDesk.settleSupplierClaim(claim.getId(), claim.getVersion(), paid, note);
            return Boolean.TRUE;
        });
    }

    /** Runs one desk action and reloads the case; a refusal is shown and gives null. */
    private <T> T act(String doneKey, Supplier<T> action) {
        T result = null;
        try {
            result = action.get();
            feedback.info(doneKey);
            reason = null;
            note = null;
            rating = null;
            level = null;
            paid = null;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
        password = null;
        continuations = null;
        chain = null;
        objectionRows = null;
        claims = null;
        caseView.load();
        return result;
    }

    private long version() {
        return c().getVersion();
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Satisfaction getRating() { return rating; }
    public void setRating(Satisfaction rating) { this.rating = rating; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Ruling getRuling() { return ruling; }
    public void setRuling(Ruling ruling) { this.ruling = ruling; }
    public Severity getLevel() { return level; }
    public void setLevel(Severity level) { this.level = level; }
    public BigDecimal getPaid() { return paid; }
    public void setPaid(BigDecimal paid) { this.paid = paid; }
    public Integer getShipped() { return shipped; }
    public void setShipped(Integer shipped) { this.shipped = shipped; }
    public Integer getDefects() { return defects; }
    public void setDefects(Integer defects) { this.defects = defects; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
