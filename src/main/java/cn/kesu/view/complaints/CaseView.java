package cn.kesu.view.complaints;

import cn.kesu.business.catalog.Catalogs;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseOptions;
import cn.kesu.business.complaint.approval.ApprovalDesk;
import cn.kesu.business.complaint.approval.ConsolidationInput;
import cn.kesu.business.complaint.approval.GmOffice;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.intake.CaseAttachments;
import cn.kesu.business.complaint.intake.HandlingInput;
import cn.kesu.business.complaint.investigation.ProductionDepartment;
import cn.kesu.business.complaint.investigation.ProductionInput;
import cn.kesu.business.complaint.investigation.QaDepartment;
import cn.kesu.business.complaint.investigation.QaInput;
import cn.kesu.business.complaint.investigation.RndDepartment;
import cn.kesu.business.complaint.query.CaseHistory;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.HistoryEntry;
import cn.kesu.business.complaint.query.HistoryValue;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.business.complaint.workflow.WrongStepException;
import cn.kesu.business.user.People;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.AttachmentInfo;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.PersonRef;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.complaint.StepRecord;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code case.xhtml}: the slip, what each department recorded, steps, signatures and
 * history, and the one action form the caller may use at the current step. Which form shows is a
 * convenience; each action is checked again by its department bean.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The catalogs the step forms offer: read together, in one call, the first time the page asks for one. */
    private static final Set<CatalogKind> FORM_CATALOGS = EnumSet.of(CatalogKind.CAUSE_CODE,
            CatalogKind.ABNORMALITY_TYPE, CatalogKind.RESPONSIBLE_DEPARTMENT, CatalogKind.SUPPLIER);

    @Inject CaseQueries queries;
    @Inject CaseHistory caseHistory;
    @Inject Catalogs catalogs;
    @Inject BusinessDesk businessDesk;
    @Inject CaseAttachments caseAttachments;
    @Inject People peopleDirectory;
    @Inject GmOffice gmOffice;
    @Inject QaDepartment qaDepartment;
    @Inject ProductionDepartment productionDepartment;
    @Inject RndDepartment rndDepartment;
    @Inject ApprovalDesk approvalDesk;
    @Inject Feedback feedback;
    @Inject Clock clock;

    private Long id;
    // Entities are re-read after a failover rather than replicated with the session.
    private transient Complaint complaint;
    private transient List<AttachmentInfo> attachments;
    private transient List<HistoryEntry> history;
    private transient CaseOptions options;

    private String opinion;
    private String password;
    private String reason;

    private String qaCause;
    private Long qaCauseCodeId;
    private Long qaAbnormalityTypeId;
    private boolean qaEstablished = true;
    private boolean qaSpecial;
    private Severity qaSeverity = Severity.GENERAL;
    private final List<ShareRow> shares = new ArrayList<>(List.of(new ShareRow(), new ShareRow(), new ShareRow()));
    private List<String> qaPersonUsers;
    private String qaPersonsExternal;
    private Map<String, String> people;
    /** The catalogs' active entries as read for this page; not kept with the session (a cluster replicates it). */
    private transient Map<CatalogKind, List<CatalogEntry>> activeEntries;
    private transient Map<String, String> personLabels;
    /** An action method ran in this request (it reports its own outcome); reset as the page renders. */
    private transient boolean acted;

    private String prodCause;
    private String prodTemporary;
    private String prodPermanent;
    private String prodUnit;
    private String prodMachineShift;
    private String prodOperator;
    private LocalDate prodDate;

    private String handlingProposal;
    private String handlingNegotiation;
    private Integer handlingReturnQty;
    private BigDecimal handlingAmount;

    private Disposition[] dispositions;
    private BigDecimal claimAmount;
    private BigDecimal lossProduct;
    private BigDecimal lossFreight;
    private BigDecimal lossRework;
    private BigDecimal lossScrap;
    private BigDecimal lossCompensation;
    private BigDecimal lossOther;
    private String penaltyProposal;
    private boolean trackingNeeded = true;
    private Integer consReturnQty;
    private BigDecimal goodsUnitPrice;
    private boolean affectsReceivables;

    /** A row of the responsibility table on the QA form. */
    public static class ShareRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long partyId;
        private Integer percent;

        public Long getPartyId() { return partyId; }
        public void setPartyId(Long partyId) { this.partyId = partyId; }
        public Integer getPercent() { return percent; }
        public void setPercent(Integer percent) { this.percent = percent; }
    }

    public void load() {
        if (id == null) {
            answer(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        personLabels = null;
        try {
            complaint = queries.find(id);
        } catch (EJBAccessException noCaseRole) {
            // The administrator and anyone else without a case role: refused like a page they may not open.
            answer(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (UnknownCaseException unknown) {
            answer(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        attachments = queries.attachments(id);
        options = queries.options(id);
        history = null;
    }

    /** Answers with an error status and the error page instead of the case. */
    private static void answer(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException clientGone) {
            throw new UncheckedIOException(clientGone);
        }
        faces.responseComplete();
    }

    /**
     * A posted action button the page did not offer the caller (a forged request: another role's or another
     * step's button) is not silently ignored: the page says why the server refuses it, with the same message
     * the department bean would give. Runs before the page renders on a postback.
     */
    public void refuseUnofferedAction() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean actedNow = acted;
        // The view outlives the request: the next postback starts again from "nothing acted".
        acted = false;
        if (!faces.isPostback() || actedNow || faces.isValidationFailed() || getComplaint() == null) {
            return;
        }
        Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
        ForgedActions.posted(posted.keySet()).ifPresent(button -> {
            CaseOptions offered = getOptions();
            Optional<RuleViolation> refusal = offered == null ? Optional.empty() : offered.refusal(button.action());
            feedback.refused(refusal.orElseGet(() -> new WrongStepException(CaseWorkflow.label(complaint),
                    complaint.getCurrentStep())));
        });
    }

    /** The action form the caller sees: the one the server allows ({@link CaseQueries#options}), if any. */
    public String getAction() {
        CaseOptions offered = getOptions();
        if (offered == null) {
            return null;
        }
        if (offered.allows(CaseAction.COUNTERSIGN)) {
            return "countersign";
        }
        if (offered.allows(CaseAction.APPROVE)) {
            return "approval";
        }
        return offered.allows(CaseAction.WORK) ? complaint.getCurrentStep().name() : null;
    }

    /** 回避: the caller is the person complained about or a responsible person of this case. */
    public boolean isRecused() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return getComplaint() != null && user != null && complaint.isRecused(user);
    }

    /** The acceptance form carries its own 退回业务; elsewhere send-back is a panel of its own. */
    public boolean isCanSendBack() {
        return offers(CaseAction.SEND_BACK) && complaint.getCurrentStep() != Step.SUBMITTED;
    }

    public boolean isCanUpload() {
        return offers(CaseAction.ATTACH);
    }

    /** Whether the server allows the caller this action on the case now. */
    public boolean offers(CaseAction action) {
        CaseOptions offered = getOptions();
        return offered != null && offered.allows(action);
    }

    /** Why the caller has no action at the current step, in their language; null when they have one. */
    public String getWhyNot() {
        CaseOptions offered = getOptions();
        if (offered == null || getAction() != null || complaint.getCurrentStep().isEnd()) {
            return null;
        }
        CaseAction asked = complaint.getCurrentStep() == Step.APPROVAL ? CaseAction.APPROVE
                : complaint.isAwaitingCountersign() ? CaseAction.COUNTERSIGN : CaseAction.WORK;
        return offered.refusal(asked).map(feedback::text).orElse(null);
    }

    /** The server's answer to what the caller may do on this case now (CaseQueries.options). */
    public CaseOptions getOptions() {
        if (options == null && getComplaint() != null) {
            options = queries.options(id);
        }
        return options;
    }

    public void submit() {
        act("action.submit", () -> businessDesk.submit(id, version(), opinion, password));
    }

    public void accept() {
        act("action.accept", () -> gmOffice.accept(id, version(), opinion, password));
    }

    public void returnIncomplete() {
        act("action.returnIncomplete", () -> gmOffice.returnIncomplete(id, version(), reason));
    }

    public void investigate() {
        List<QaInput.Share> given = shares.stream().filter(s -> s.partyId != null && s.percent != null)
                .map(s -> new QaInput.Share(s.partyId, s.percent)).toList();
        // 责任人: the users chosen from the list, and people outside the system by name, marked as such.
        Set<String> persons = new TreeSet<>(qaPersonUsers == null ? List.of() : qaPersonUsers);
        if (qaPersonsExternal != null) {
            Arrays.stream(qaPersonsExternal.split("[,，、]+")).map(String::strip).filter(p -> !p.isEmpty())
                    .map(PersonRef::external).forEach(persons::add);
        }
        act("action.investigate", () -> qaDepartment.investigate(id, version(), new QaInput(qaCause, qaCauseCodeId,
                qaAbnormalityTypeId, qaEstablished, qaSpecial, qaSeverity, given, persons), opinion,
                password));
    }

    public void analyse() {
        act("action.analyse", () -> productionDepartment.analyse(id, version(), new ProductionInput(prodCause,
                prodTemporary, prodPermanent, prodUnit, prodMachineShift, prodOperator, prodDate), opinion, password));
    }

    public void giveRndOpinion() {
        act("action.rndOpinion", () -> rndDepartment.giveOpinion(id, version(), opinion, password));
    }

    public void check() {
        act("action.check", () -> gmOffice.check(id, version(), opinion, password));
    }

    public void proposeHandling() {
        act("action.propose", () -> businessDesk.proposeHandling(id, version(), new HandlingInput(handlingProposal,
                handlingNegotiation, handlingReturnQty, handlingAmount), opinion, password));
    }

    public void consolidate() {
        Set<Disposition> chosen = dispositions == null || dispositions.length == 0 ? Set.of()
                : EnumSet.copyOf(Arrays.asList(dispositions));
        act("action.consolidate", () -> gmOffice.consolidate(id, version(), new ConsolidationInput(chosen, claimAmount,
                lossProduct, lossFreight, lossRework, lossScrap, lossCompensation, lossOther, penaltyProposal,
                trackingNeeded, consReturnQty, goodsUnitPrice, affectsReceivables), opinion, password));
    }

    public void countersign() {
        Step step = getComplaint().getCurrentStep();
        act("action.countersign", () -> {
            switch (step) {
                case QA_INVESTIGATION -> qaDepartment.countersign(id, version(), opinion, password);
                case PRODUCTION_ANALYSIS -> productionDepartment.countersign(id, version(), opinion, password);
                case BUSINESS_HANDLING -> businessDesk.countersignHandling(id, version(), opinion, password);
                default -> throw new IllegalStateException("no countersign at " + step);
            }
        });
    }

    public void approve() {
        act("action.approve", () -> approvalDesk.approve(id, version(), opinion, password));
    }

    public void reject() {
        act("action.reject", () -> approvalDesk.reject(id, version(), reason, password));
    }

    public void execute() {
        act("action.execute", () -> businessDesk.completeExecution(id, version(), opinion, password));
    }

    public void sendBack() {
        Step step = getComplaint().getCurrentStep();
        act("action.sendBack", () -> {
            switch (step) {
                case QA_INVESTIGATION -> qaDepartment.sendBack(id, version(), reason);
                case PRODUCTION_ANALYSIS -> productionDepartment.sendBack(id, version(), reason);
                case RND_OPINION -> rndDepartment.sendBack(id, version(), reason);
                case GM_CHECK, GM_CONSOLIDATION -> gmOffice.sendBack(id, version(), reason);
                case BUSINESS_HANDLING, EXECUTION -> businessDesk.sendBack(id, version(), reason);
                default -> throw new IllegalStateException("no send-back at " + step);
            }
        });
    }

    public void upload(FileUploadEvent event) {
        try {
            caseAttachments.attach(id, event.getFile().getFileName(), event.getFile().getContent());
            feedback.info("attach.added", event.getFile().getFileName());
            attachments = queries.attachments(id);
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    private void act(String doneKey, Runnable action) {
        acted = true;
        try {
            action.run();
            feedback.info("action.done", feedback.text(doneKey));
            password = null;
            opinion = null;
            reason = null;
            load();
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            password = null;
            feedback.refused(refusal);
        }
    }

    private long version() {
        return getComplaint().getVersion();
    }

    public boolean isLate(StepRecord record) {
        return record.isLate(clock.instant());
    }

    public String deadlineClass(Instant due) {
        if (due == null || complaint == null || complaint.getClosedAt() != null) {
            return "";
        }
        Instant now = clock.instant();
        return now.isAfter(due) ? "kesu-overdue" : now.plusSeconds(24 * 3600).isAfter(due) ? "kesu-due-soon" : "";
    }

    public List<HistoryEntry> getHistory() {
        if (history == null && id != null) {
            history = caseHistory.changes(id);
        }
        return history;
    }

    /** A history value in the reader's language: its text, or its label keys translated and listed. */
    public String historyText(HistoryValue value) {
        if (value == null) {
            return "";
        }
        if (!value.isTranslated()) {
            return value.text();
        }
        return value.labelKeys().stream().map(key -> feedback.text(key))
                .collect(Collectors.joining(feedback.text("list.separator")));
    }

    public List<CatalogEntry> getCauseCodes() { return catalog(CatalogKind.CAUSE_CODE); }
    public List<CatalogEntry> getAbnormalityTypes() { return catalog(CatalogKind.ABNORMALITY_TYPE); }

    public List<CatalogEntry> getParties() {
        List<CatalogEntry> parties = new ArrayList<>(catalog(CatalogKind.RESPONSIBLE_DEPARTMENT));
        parties.addAll(catalog(CatalogKind.SUPPLIER));
        return parties;
    }

    /**
     * A catalog's active entries, read once for the page: each share's row and each choice asks for them while the
     * page renders and again while its form is checked (issue 17: a query for every ask).
     */
    private List<CatalogEntry> catalog(CatalogKind kind) {
        if (activeEntries == null) {
            activeEntries = catalogs.active(FORM_CATALOGS);
        }
        return activeEntries.get(kind);
    }

    public Severity[] getSeverities() { return Severity.values(); }
    public Disposition[] getAllDispositions() { return Disposition.values(); }

    public Long getId() { return id; }

    /** The case id as the address gives it: anything but a number names no case (404), it is no error. */
    public String getIdText() { return id == null ? null : id.toString(); }

    /**
     * The case the page shows, from its address. Once the view shows a case it stays bound to it: a postback
     * naming another case id (a forged request) changes nothing, so every action acts on the case displayed.
     */
    public void setIdText(String text) {
        Long given;
        try {
            given = text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            given = null;
        }
        if (id == null || complaint == null) {
            id = given;
        }
    }

    public void setId(Long id) { this.id = id; }
    public Complaint getComplaint() {
        if (complaint == null) {
            load();
        }
        return complaint;
    }

    public List<AttachmentInfo> getAttachments() {
        if (attachments == null) {
            load();
        }
        return attachments;
    }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getQaCause() { return qaCause; }
    public void setQaCause(String qaCause) { this.qaCause = qaCause; }
    /** QA's 异常类别: the slip's until QA chooses another. */
    public Long getQaAbnormalityTypeId() {
        if (qaAbnormalityTypeId == null && complaint != null && complaint.getAbnormalityType() != null) {
            return complaint.getAbnormalityType().getId();
        }
        return qaAbnormalityTypeId;
    }
    public void setQaAbnormalityTypeId(Long qaAbnormalityTypeId) { this.qaAbnormalityTypeId = qaAbnormalityTypeId; }
    public Long getQaCauseCodeId() { return qaCauseCodeId; }
    public void setQaCauseCodeId(Long qaCauseCodeId) { this.qaCauseCodeId = qaCauseCodeId; }
    public boolean isQaEstablished() { return qaEstablished; }
    public void setQaEstablished(boolean qaEstablished) { this.qaEstablished = qaEstablished; }
    public boolean isQaSpecial() { return qaSpecial; }
    public void setQaSpecial(boolean qaSpecial) { this.qaSpecial = qaSpecial; }
    public Severity getQaSeverity() { return qaSeverity; }
    public void setQaSeverity(Severity qaSeverity) { this.qaSeverity = qaSeverity; }
    public List<ShareRow> getShares() { return shares; }
    public List<String> getQaPersonUsers() { return qaPersonUsers; }
    public void setQaPersonUsers(List<String> qaPersonUsers) { this.qaPersonUsers = qaPersonUsers; }
    public String getQaPersonsExternal() { return qaPersonsExternal; }
    public void setQaPersonsExternal(String qaPersonsExternal) { this.qaPersonsExternal = qaPersonsExternal; }

    /** The users QA may name as responsible, username → full name. */
    public Map<String, String> getPeople() {
        if (people == null) {
            people = peopleDirectory.caseWorkers();
        }
        return people;
    }

    /** A named person as the page shows them: "王芳（business-manager）", "王师傅（外部）". */
    public String personLabel(String ref) {
        if (ref == null || ref.isBlank()) {
            return "";
        }
        if (personLabels == null) {
            List<String> refs = new ArrayList<>(getComplaint().getResponsiblePersons());
            refs.add(getComplaint().getSlip().getComplainedPerson());
            personLabels = peopleDirectory.labels(refs);
        }
        return personLabels.getOrDefault(ref, ref);
    }
    public String getProdCause() { return prodCause; }
    public void setProdCause(String prodCause) { this.prodCause = prodCause; }
    public String getProdTemporary() { return prodTemporary; }
    public void setProdTemporary(String prodTemporary) { this.prodTemporary = prodTemporary; }
    public String getProdPermanent() { return prodPermanent; }
    public void setProdPermanent(String prodPermanent) { this.prodPermanent = prodPermanent; }
    public String getProdUnit() { return prodUnit; }
    public void setProdUnit(String prodUnit) { this.prodUnit = prodUnit; }
    public String getProdMachineShift() { return prodMachineShift; }
    public void setProdMachineShift(String prodMachineShift) { this.prodMachineShift = prodMachineShift; }
    public String getProdOperator() { return prodOperator; }
    public void setProdOperator(String prodOperator) { this.prodOperator = prodOperator; }
    public LocalDate getProdDate() { return prodDate; }
    public void setProdDate(LocalDate prodDate) { this.prodDate = prodDate; }
    public String getHandlingProposal() { return handlingProposal; }
    public void setHandlingProposal(String handlingProposal) { this.handlingProposal = handlingProposal; }
    public String getHandlingNegotiation() { return handlingNegotiation; }
    public void setHandlingNegotiation(String handlingNegotiation) { this.handlingNegotiation = handlingNegotiation; }
    public Integer getHandlingReturnQty() { return handlingReturnQty; }
    public void setHandlingReturnQty(Integer handlingReturnQty) { this.handlingReturnQty = handlingReturnQty; }
    public BigDecimal getHandlingAmount() { return handlingAmount; }
    public void setHandlingAmount(BigDecimal handlingAmount) { this.handlingAmount = handlingAmount; }
    public Disposition[] getDispositions() { return dispositions; }
    public void setDispositions(Disposition[] dispositions) { this.dispositions = dispositions; }
    public BigDecimal getClaimAmount() { return claimAmount; }
    public void setClaimAmount(BigDecimal claimAmount) { this.claimAmount = claimAmount; }
    public BigDecimal getLossProduct() { return lossProduct; }
    public void setLossProduct(BigDecimal lossProduct) { this.lossProduct = lossProduct; }
    public BigDecimal getLossFreight() { return lossFreight; }
    public void setLossFreight(BigDecimal lossFreight) { this.lossFreight = lossFreight; }
    public BigDecimal getLossRework() { return lossRework; }
    public void setLossRework(BigDecimal lossRework) { this.lossRework = lossRework; }
    public BigDecimal getLossScrap() { return lossScrap; }
    public void setLossScrap(BigDecimal lossScrap) { this.lossScrap = lossScrap; }
    public BigDecimal getLossCompensation() { return lossCompensation; }
    public void setLossCompensation(BigDecimal lossCompensation) { this.lossCompensation = lossCompensation; }
    public BigDecimal getLossOther() { return lossOther; }
    public void setLossOther(BigDecimal lossOther) { this.lossOther = lossOther; }
    public String getPenaltyProposal() { return penaltyProposal; }
    public void setPenaltyProposal(String penaltyProposal) { this.penaltyProposal = penaltyProposal; }
    public boolean isTrackingNeeded() { return trackingNeeded; }
    public void setTrackingNeeded(boolean trackingNeeded) { this.trackingNeeded = trackingNeeded; }
    public Integer getConsReturnQty() { return consReturnQty; }
    public void setConsReturnQty(Integer consReturnQty) { this.consReturnQty = consReturnQty; }
    /** The part catalog's unit price of the case's part number, shown in the empty unit price field: it counts when none is typed. */
    public String getCatalogUnitPriceHint() {
        Complaint complaint = getComplaint();
        if (complaint == null) {
            return null;
        }
        return catalogs.unitPrice(complaint.getSlip().getPartNo())
                .map(price -> feedback.text("cons.catalogUnitPrice", price.stripTrailingZeros().toPlainString()))
                .orElse(null);
    }

    public BigDecimal getGoodsUnitPrice() { return goodsUnitPrice; }
    public void setGoodsUnitPrice(BigDecimal goodsUnitPrice) { this.goodsUnitPrice = goodsUnitPrice; }
    public boolean isAffectsReceivables() { return affectsReceivables; }
    public void setAffectsReceivables(boolean affectsReceivables) { this.affectsReceivables = affectsReceivables; }
}
