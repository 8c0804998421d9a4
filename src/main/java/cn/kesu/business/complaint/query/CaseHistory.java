package cn.kesu.business.complaint.query;

import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.infrastructure.audit.AuditRevision;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The readable history tab (修改记录): every field of a case that changed, revision by revision, from
 * the Envers audit tables. Nothing here is ever deleted.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class CaseHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Changes oldest first; the first revision lists the fields the case was created with. */
    public List<HistoryEntry> changes(Long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Complaint.class, false, true)
                .add(AuditEntity.id().eq(caseId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, HistoryValue> previous = Map.of();
        for (Object[] revision : revisions) {
            AuditRevision info = (AuditRevision) revision[1];
            Map<String, HistoryValue> current = revision[0] == null ? Map.of() : flatten(revision[0]);
            Instant at = Instant.ofEpochMilli(info.getTimestamp());
            for (Map.Entry<String, HistoryValue> field : current.entrySet()) {
                HistoryValue before = previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    entries.add(new HistoryEntry(at, info.getUsername(), HistoryFields.labelKey(field.getKey()), before,
                            field.getValue()));
                }
            }
            previous = current;
        }
        return entries;
    }

    /** Field path → printable value, descending into embedded parts of the slip. */
    private Map<String, HistoryValue> flatten(Object snapshot) {
        Map<String, HistoryValue> values = new LinkedHashMap<>();
        flatten("", snapshot, values);
        return values;
    }

    private void flatten(String prefix, Object object, Map<String, HistoryValue> values) {
        for (Field field : object.getClass().getDeclaredFields()) {
            if (!HistoryFields.shown(field)) {
                continue;
            }
            field.setAccessible(true);
            Object value;
            try {
                value = field.get(object);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String path = prefix + field.getName();
            if (value != null && HistoryFields.embedded(field.getType())) {
                flatten(path + ".", value, values);
            } else if (value != null) {
                values.put(path, printable(value));
            }
        }
    }

    /** Names and numbers as text, times in the company's zone; what has a label in the bundles as its key. */
    private HistoryValue printable(Object value) {
        if (value instanceof Customer customer) {
            return HistoryValue.ofText(customer.getLabel());
        }
        if (value instanceof CatalogEntry entry) {
            return HistoryValue.ofText(entry.getLabel());
        }
        if (value instanceof Complaint linked) {
            return HistoryValue.ofText(CaseWorkflow.label(linked));
        }
        if (value instanceof Instant instant) {
            return HistoryValue.ofText(TIME.format(instant.atZone(clock.getZone())));
        }
        if (value instanceof BigDecimal amount) {
            return HistoryValue.ofText(amount.toPlainString());
        }
        if (value instanceof Boolean yes) {
            return HistoryValue.ofKeys(List.of(yes ? "slip.yes" : "slip.no"));
        }
        if (value instanceof Collection<?> many) {
            List<String> keys = many.stream().map(CaseHistory::labelKeyOf).sorted().toList();
            return keys.contains(null) ? HistoryValue.ofText(many.toString()) : HistoryValue.ofKeys(keys);
        }
        String key = labelKeyOf(value);
        return key != null ? HistoryValue.ofKeys(List.of(key)) : HistoryValue.ofText(value.toString());
    }

    /** The message key of an enum constant that has one (every enum of the model names its label key). */
    private static String labelKeyOf(Object value) {
        if (!(value instanceof Enum<?>)) {
            return null;
        }
        try {
            return (String) value.getClass().getMethod("labelKey").invoke(value);
        } catch (ReflectiveOperationException noLabel) {
            return null;
        }
    }
}
