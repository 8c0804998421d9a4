package cn.kesu.business.api;

import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.CustomerContact;
import cn.kesu.model.complaint.CustomerPromise;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 接口查询: what a CRM or portal reads. A case by its number (or a draft by its id), and the cases that changed
 * since a time, from the history every change writes (Envers), so nothing needs a column of its own.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class ApiReading {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseQueries queries;

    /**
     * A case by its reference: its number (编号, e.g. {@code 261107}), or {@code id-} and the id its filing answered,
     * which names it before it has a number (a draft) and after.
     */
    public CaseSummary find(@NotNull String reference) {
        Complaint complaint = load(reference);
        List<CustomerContact> contacts = queries.contacts(complaint.getId());
        CaseSummary.LastContact lastContact = contacts.isEmpty() ? null : new CaseSummary.LastContact(
                contacts.get(0).getContactedAt(), contacts.get(0).getChannel(), contacts.get(0).getSummary());
        CaseSummary.OpenPromise openPromise = queries.promises(complaint.getId()).stream()
                .filter(p -> !p.isKept() && p.getLapsedAt() == null && p.getDueAt() != null)
                .min(Comparator.comparing(CustomerPromise::getDueAt))
                .map(p -> new CaseSummary.OpenPromise(p.getKind(), p.getDueAt())).orElse(null);
        return new CaseSummary(complaint.getId(), complaint.getNumber(), complaint.getCustomer().getCode(),
                complaint.getCustomer().getName(), complaint.getSlip().getPartNo(), complaint.getSeverity(),
                complaint.getCurrentStep(), complaint.getHolderDepartment(), complaint.isAwaitingCountersign(),
                complaint.getCreatedAt(), complaint.getAcceptedAt(), complaint.getStepDueAt(), complaint.getCaseDueAt(),
                complaint.getClosedAt(), lastContact, openPromise, complaint.getVersion());
    }

    /** The id of the case a reference names, for the signed slip. */
    public Long idOf(@NotNull String reference) {
        return load(reference).getId();
    }

    private Complaint load(String reference) {
        Long id = CaseReference.idIn(reference);
        if (id != null || reference.startsWith(CaseReference.ID_PREFIX)) {
            return byId(id, reference);
        }
        return em.createQuery("select c from Complaint c where c.number = :number", Complaint.class)
                .setParameter("number", reference).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownCaseException(reference));
    }

    /**
     * The cases changed after {@code since}, the earliest change first, at most {@code limit}: a change is any
     * revision of the case in its history. The changes of one instant are not split between two answers (unless more
     * than {@code limit} share it), so asking again after the last answer's latest instant misses nothing.
     */
    @SuppressWarnings("unchecked")
    public List<CaseChange> changedSince(@NotNull Instant since, @Min(1) @Max(1000) int limit) {
        List<Object[]> rows = em.createNativeQuery("select a.id, c.number, max(r.revision_time) as changed"
                        + " from complaint_aud a join audit_revision r on r.id = a.rev left join complaint c on c.id = a.id"
                        + " where r.revision_time > ?1 group by a.id, c.number order by changed, a.id")
                .setParameter(1, since.toEpochMilli()).setMaxResults(limit + 1).getResultList();
        List<CaseChange> changes = new ArrayList<>();
        for (Object[] row : rows) {
            Long id = ((Number) row[0]).longValue();
            Instant at = Instant.ofEpochMilli(((Number) row[2]).longValue());
            changes.add(new CaseChange(id, (String) row[1], at));
        }
        if (changes.size() > limit) {
            // Cut before the instant the limit falls in, so that the next answer, after the last instant here,
            // starts with every change of that instant.
            Instant cut = changes.get(limit).changedAt();
            List<CaseChange> before = changes.stream().filter(c -> c.changedAt().isBefore(cut)).toList();
            changes = new ArrayList<>(before.isEmpty() ? changes.subList(0, limit) : before);
        }
        return changes;
    }

    private Complaint byId(Long id, String reference) {
        Complaint complaint = id == null ? null : em.find(Complaint.class, id);
        if (complaint == null) {
            throw new UnknownCaseException(reference);
        }
        return complaint;
    }


}
