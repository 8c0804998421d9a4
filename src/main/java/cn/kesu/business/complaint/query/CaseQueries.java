package cn.kesu.business.complaint.query;

import cn.kesu.business.common.InList;
import cn.kesu.business.complaint.action.CaseActions;
import cn.kesu.business.complaint.action.CaseOptions;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.model.complaint.Attachment;
import cn.kesu.model.complaint.AttachmentInfo;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerContact;
import cn.kesu.model.complaint.CustomerPromise;
import cn.kesu.model.complaint.PromiseKind;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading cases: a department's work list (the steps its roles hold, or countersign), the GM
 * office's ledger (客户抱怨案件登记追踪表), one case with its steps and signatures. Filtering, sorting
 * and paging happen in the database, on the indexed columns of {@code complaint}.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class CaseQueries {

    /** The projection every case list reads: no entity is loaded for a row. */
    public static final String ROW = "select new cn.kesu.business.complaint.query.CaseRow(c.id, c.number, c.customer.code,"
            + " c.customer.name, c.slip.partNo, c.currentStep, c.holderDepartment, c.awaitingCountersign, c.severity,"
            + " c.slip.defectQuantity, c.createdAt, c.acceptedAt, c.stepDueAt, c.caseDueAt, c.closedAt, c.version)"
            + " from Complaint c";

    /** The ledger's cases: every accepted (numbered) one. */
    private static final String ACCEPTED = "c.number is not null";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    CaseActions actions;

    /** The caller's work: a page of the cases whose current step one of the caller's roles works or countersigns. */
    public List<CaseRow> worklist(CaseFilter filter, int first, int pageSize, CaseSort sort, boolean ascending) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(filter, new ArrayList<>(List.of(callersWork(params))), params);
        return rows(where, params, first, pageSize, sort == null ? CaseSort.STEP_DUE : sort, ascending);
    }

    /** How many cases {@link #worklist} pages through, up to {@link RowCount#LIMIT}. */
    public RowCount worklistCount(CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(conditions(filter, new ArrayList<>(List.of(callersWork(params))), params), params);
    }

    /**
     * The home page's figures of the work list in one query: the cases whose step the caller works, those
     * waiting for the caller's countersignature, and how many of all these are past a deadline.
     */
    public WorkCounts workCounts() {
        Map<String, Object> params = new HashMap<>();
        String mine = callersWork(params);
        TypedQuery<Object[]> query = em.createQuery("select"
                + " coalesce(sum(case when c.awaitingCountersign = false then 1 else 0 end), 0),"
                + " coalesce(sum(case when c.awaitingCountersign = true then 1 else 0 end), 0),"
                + " coalesce(sum(case when c.stepDueAt < :now or c.caseDueAt < :now then 1 else 0 end), 0)"
                + " from Complaint c where c.closedAt is null and " + mine, Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.setParameter("now", clock.instant()).getSingleResult();
        return new WorkCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /** The caller's work as a JPQL condition: steps one of the caller's roles works or countersigns. */
    private String callersWork(Map<String, Object> params) {
        Set<Role> roles = callerRoles();
        Set<Step> countersigned = EnumSet.noneOf(Step.class);
        Arrays.stream(Step.values()).filter(s -> s.needsCountersign() && roles.contains(s.countersigner()))
                .forEach(countersigned::add);
        StringBuilder mine = new StringBuilder("(c.awaitingCountersign = false and "
                + InList.of("c.holderRole", "role", roles.isEmpty() ? EnumSet.of(Role.ADMIN) : roles, params) + ")");
        if (!countersigned.isEmpty()) {
            mine.append(" or (c.awaitingCountersign = true and "
                    + InList.of("c.currentStep", "countersigned", countersigned, params) + ")");
        }
        return "(" + mine + ")";
    }

    /**
     * 客户抱怨案件登记追踪表: every accepted case, for the GM office, the approvers, auditors and QA, which follows
     * every case's quality side (issue 14).
     */
    @RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
    public List<CaseRow> ledger(CaseFilter filter, int first, int pageSize, CaseSort sort, boolean ascending) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(filter, new ArrayList<>(List.of(ACCEPTED)), params);
        return rows(where, params, first, pageSize, sort == null ? CaseSort.NUMBER : sort, ascending);
    }

    /** How many cases {@link #ledger} pages through, up to {@link RowCount#LIMIT}. */
    @RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
    public RowCount ledgerCount(CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(conditions(filter, new ArrayList<>(List.of(ACCEPTED)), params), params);
    }

    /** What the caller may do on the case now, and why not: the case page offers exactly this. */
    public CaseOptions options(Long id) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null) {
            throw new UnknownCaseException(id);
        }
        return actions.options(complaint, session.getCallerPrincipal().getName(),
                role -> session.isCallerInRole(role.roleName()));
    }

    /** One case with steps, signatures and shares; every case role may read every case (recused users too). */
    public Complaint find(Long id) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null) {
            throw new UnknownCaseException(id);
        }
        complaint.getSteps().size();
        complaint.getSignatures().size();
        complaint.getResponsibilities().size();
        if (complaint.getOriginalCase() != null) {
            // The case page and the slip show the original's number after the transaction.
            complaint.getOriginalCase().getNumber();
        }
        return complaint;
    }

    /** The slips that continue this case (re-complaints), oldest first. */
    public List<CaseRow> continuations(Long caseId) {
        return em.createQuery(ROW + " where c.originalCase.id = :id order by c.id", CaseRow.class)
                .setParameter("id", caseId).getResultList();
    }

    /**
     * 投诉链: the chain of re-complaints the case belongs to, from its first receipt to the latest, in the order
     * they were filed; empty for a case that was never re-complained (issue 15, item 10).
     */
    public List<CaseRow> chain(Long caseId) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            return List.of();
        }
        List<Long> members = new ArrayList<>(List.of(complaint.firstOfChain().getId()));
        List<Long> generation = members;
        while (!generation.isEmpty()) {
            Map<String, Object> params = new HashMap<>();
            generation = InList.bound(em.createQuery("select c.id from Complaint c where "
                    + InList.of("c.originalCase.id", "id", generation, params), Long.class), params).getResultList();
            members.addAll(generation);
        }
        if (members.size() == 1) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        return InList.bound(em.createQuery(ROW + " where " + InList.of("c.id", "id", members, params) + " order by c.id",
                CaseRow.class), params).getResultList();
    }

    /**
     * The case's attachments and, for a re-complaint, those of the cases it continues (by reference: the files
     * stay with the original, the re-complaint lists them).
     */
    public List<AttachmentInfo> attachments(Long caseId) {
        List<Long> chain = new ArrayList<>();
        Complaint complaint = em.find(Complaint.class, caseId);
        for (Complaint c = complaint; c != null && !chain.contains(c.getId()); c = c.getOriginalCase()) {
            chain.add(c.getId());
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        return InList.bound(em.createQuery("select new cn.kesu.model.complaint.AttachmentInfo(a.id, a.fileName,"
                + " a.contentType, a.size, a.upload.actor, a.upload.at, a.step, a.complaint.id) from Attachment a"
                + " where " + InList.of("a.complaint.id", "id", chain, params) + " order by a.id",
                AttachmentInfo.class), params).getResultList();
    }

    /**
     * 最近告知客户: when each of these cases' customers was last contacted, for the ledger's page of rows (one indexed
     * query per page); cases without a contact are absent.
     */
    @RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
    public Map<Long, Instant> lastContacts(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> last = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        InList.bound(em.createQuery("select k.complaint.id, max(k.contactedAt) from CustomerContact k"
                        + " where " + InList.of("k.complaint.id", "id", caseIds, params) + " group by k.complaint.id",
                        Object[].class), params).getResultList()
                .forEach(row -> last.put((Long) row[0], (Instant) row[1]));
        return last;
    }

    /**
     * 下一项对客户承诺: for each open case of a page of the ledger, the promise to the customer that falls due first
     * among those not kept, in one indexed query.
     */
    @RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
    public Map<Long, PromiseDue> nextPromises(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PromiseDue> next = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        InList.bound(em.createQuery("select p.complaint.id, p.kind, p.dueAt from CustomerPromise p where "
                        + InList.of("p.complaint.id", "id", caseIds, params) + " and p.keptAt is null and p.complaint.closedAt is null"
                        + " order by p.dueAt, p.id", Object[].class), params).getResultList()
                .forEach(row -> next.putIfAbsent((Long) row[0], new PromiseDue((PromiseKind) row[1], (Instant) row[2])));
        return next;
    }

    /**
     * The 8D state of each case of a page of the ledger that has one: true when closed (D8), false while open — the
     * case may have closed (结案) before its 8D. One query per page.
     */
    @RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
    public Map<Long, Boolean> eightDsClosed(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Boolean> closed = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        InList.bound(em.createQuery("select d.complaint.id, d.closed.at from EightD d where "
                        + InList.of("d.complaint.id", "id", caseIds, params), Object[].class), params).getResultList()
                .forEach(row -> closed.put((Long) row[0], row[1] != null));
        return closed;
    }

    /** 对客户承诺: what the customer was promised on the case and by when, kept or not, the earliest due first. */
    public List<CustomerPromise> promises(Long caseId) {
        return em.createNamedQuery(CustomerPromise.OF_COMPLAINT, CustomerPromise.class).setParameter("caseId", caseId)
                .getResultList();
    }

    /** 客户联络记录: the case's contacts with the customer, the latest first. */
    public List<CustomerContact> contacts(Long caseId) {
        return em.createNamedQuery(CustomerContact.OF_COMPLAINT, CustomerContact.class).setParameter("caseId", caseId)
                .getResultList();
    }

    public Attachment attachment(Long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new UnknownCaseException(attachmentId);
        }
        attachment.getContent();
        return attachment;
    }

    /** The filter's conditions added to {@code where}, its values to {@code params}: the JPQL where clause. */
    private String conditions(CaseFilter filter, List<String> where, Map<String, Object> params) {
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        if (notBlank(f.number())) {
            where.add("c.number like :number");
            params.put("number", f.number().strip() + "%");
        }
        if (notBlank(f.customer())) {
            where.add("(lower(c.customer.code) like :customer or lower(c.customer.name) like :customer)");
            params.put("customer", "%" + f.customer().strip().toLowerCase() + "%");
        }
        if (notBlank(f.partNo())) {
            where.add("c.slip.partNo like :part");
            params.put("part", f.partNo().strip() + "%");
        }
        if (f.step() != null) {
            where.add("c.currentStep = :step");
            params.put("step", f.step());
        }
        if (f.overdueOnly()) {
            where.add("c.closedAt is null and (c.stepDueAt < :now or c.caseDueAt < :now)");
            params.put("now", clock.instant());
        }
        if (f.acceptedIn() != null) {
            ZoneId zone = clock.getZone();
            where.add("c.acceptedAt >= :from and c.acceptedAt < :to");
            params.put("from", f.acceptedIn().atDay(1).atStartOfDay(zone).toInstant());
            params.put("to", f.acceptedIn().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
        return " where " + String.join(" and ", where);
    }

    private List<CaseRow> rows(String where, Map<String, Object> params, int first, int pageSize, CaseSort sort,
                               boolean ascending) {
        TypedQuery<CaseRow> rows = em.createQuery(ROW + where + " order by " + sort.path()
                + (ascending ? " asc" : " desc") + ", c.id desc", CaseRow.class);
        params.forEach(rows::setParameter);
        return rows.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /**
     * The matching cases' ids up to one past the limit, never all of them: an index gives the first thousand in
     * about a millisecond where a count(*) of a large list reads every row.
     */
    private RowCount count(String where, Map<String, Object> params) {
        TypedQuery<Long> ids = em.createQuery("select c.id from Complaint c" + where, Long.class);
        params.forEach(ids::setParameter);
        return RowCount.of(ids.setMaxResults(RowCount.LIMIT + 1).getResultList().size());
    }

    private Set<Role> callerRoles() {
        return Arrays.stream(Role.values()).filter(r -> session.isCallerInRole(r.roleName()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Instant now() {
        return clock.instant();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
