package cn.kesu.business.complaint.investigation;

import cn.kesu.business.catalog.CatalogLookup;
import cn.kesu.business.common.MessageKeys;
import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.improvement.EightDs;
import cn.kesu.business.complaint.severity.SeverityWatch;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.user.People;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.QaInvestigation;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 质量管理部: investigates the cause, decides whether the complaint is established, attributes
 * responsibility in percent to departments and suppliers, records containment; the QA manager
 * countersigns the report (SPEC step 3, "三天内").
 */
@Stateless
public class QaDepartment {

    @Inject
    People people;

    @Inject
    EightDs eightDs;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseActions actions;

    @Inject
    CatalogLookup catalogs;

    @Inject
    SeverityWatch severityWatch;

    @Resource
    SessionContext session;

    @RolesAllowed(Roles.QA)
    public void investigate(@NotNull Long caseId, long version, @NotNull @Valid QaInput input,
                            @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireWork(complaint, Step.QA_INVESTIGATION, caller());
        Map<CatalogEntry, Integer> shares = shares(input);
        people.requireKnown(input.responsiblePersons());
        CatalogEntry causeCode = catalogs.optionalEntry(input.causeCodeId(), CatalogKind.CAUSE_CODE);
        CatalogEntry abnormality = catalogs.optionalEntry(input.abnormalityTypeId(), CatalogKind.ABNORMALITY_TYPE);
        if (input.established()) {
            requireCodes(complaint, causeCode, abnormality != null ? abnormality : complaint.getAbnormalityType());
            requireContainment(complaint, input);
        }
        var signer = workflow.verifySignature(caller(), Role.QA, password);
        complaint.recordQaInvestigation(new QaInvestigation(input.cause().strip(), input.established(),
                        input.special()),
                causeCode, abnormality, shares, input.responsiblePersons(), input.severity());
        severityWatch.investigated(complaint);
        workflow.signWork(complaint, signer, SignatureMeaning.QA_COMPLETED, opinion);
    }

    @RolesAllowed(Roles.QA_MANAGER)
    public void countersign(@NotNull Long caseId, long version, @Size(max = 4000) String opinion, String password) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireCountersign(complaint, Step.QA_INVESTIGATION, caller());
        workflow.complete(complaint, workflow.verifySignature(caller(), Role.QA_MANAGER, password),
                SignatureMeaning.QA_COUNTERSIGNED, opinion);
        eightDs.openIfDue(complaint);
    }

    @RolesAllowed({Roles.QA, Roles.QA_MANAGER})
    public void sendBack(@NotNull Long caseId, long version, @Size(max = 2000) String reason) {
        Complaint complaint = workflow.load(caseId, version);
        workflow.requireStep(complaint, Step.QA_INVESTIGATION, caller());
        actions.require(complaint, CaseAction.SEND_BACK, caller(), this::holds);
        workflow.sendBack(complaint, reason);
    }

    /**
     * 围堵: a major or crisis complaint — as QA finds it or as it already stands — does not leave QA before its
     * containment is decided: QA opens the 8D during the investigation and lists its containment actions (affected
     * shipped lots, a 暂停生产通知, stock sorting, the recall decision), each with its owner and due day.
     */
    private void requireContainment(Complaint complaint, QaInput input) {
        boolean serious = input.severity() != Severity.GENERAL || complaint.getSeverity() != Severity.GENERAL;
        if (serious && !eightDs.hasContainment(complaint.getId())) {
            throw new ContainmentDecisionRequiredException(CaseWorkflow.label(complaint));
        }
    }

    /**
     * An established complaint is counted in the statistics by its cause code and abnormality type (the Pareto):
     * QA, who knows them, must give both; the GM office's consolidation checks them again (cases investigated
     * before the rule).
     */
    public static void requireCodes(Complaint complaint, CatalogEntry causeCode, CatalogEntry abnormality) {
        List<String> missing = new ArrayList<>();
        if (abnormality == null) {
            missing.add("slip.abnormalityType");
        }
        if (causeCode == null) {
            missing.add("qa.causeCode");
        }
        if (!missing.isEmpty()) {
            throw new CodesRequiredException(CaseWorkflow.label(complaint), new MessageKeys(missing));
        }
    }

    /** Shares must add up to 100 when given; an established complaint must have them. */
    private Map<CatalogEntry, Integer> shares(QaInput input) {
        int total = input.shares().stream().mapToInt(QaInput.Share::percent).sum();
        if ((input.established() || !input.shares().isEmpty()) && total != 100) {
            throw new SharesNotHundredException(total);
        }
        Map<CatalogEntry, Integer> shares = new LinkedHashMap<>();
        for (QaInput.Share share : input.shares()) {
            shares.merge(catalogs.entry(share.partyId(), CatalogKind.RESPONSIBLE_DEPARTMENT, CatalogKind.SUPPLIER),
                    share.percent(), Integer::sum);
        }
        return shares;
    }

    private boolean holds(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
