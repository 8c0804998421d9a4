package cn.kesu.business.complaint.query;

import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.infrastructure.audit.AuditRevision;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
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

    @PersistenceContext
    EntityManager em;

    /** Changes oldest first; the first revision lists the fields the case was created with. */
    public List<HistoryEntry> changes(Long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Complaint.class, false, true)
                .add(AuditEntity.id().eq(caseId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Object[] revision : revisions) {
            AuditRevision info = (AuditRevision) revision[1];
            Map<String, String> current = revision[0] == null ? Map.of() : flatten(revision[0]);
            Instant at = Instant.ofEpochMilli(info.getTimestamp());
            for (Map.Entry<String, String> field : current.entrySet()) {
                String before = previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    entries.add(new HistoryEntry(at, info.getUsername(), field.getKey(), before, field.getValue()));
                }
            }
            previous = current;
        }
        return entries;
    }

    /** Field path → printable value, descending into embedded parts of the slip. */
    private static Map<String, String> flatten(Object snapshot) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", snapshot, values);
        return values;
    }

    private static void flatten(String prefix, Object object, Map<String, String> values) {
        for (Field field : object.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Collection.class.isAssignableFrom(field.getType())
                    && !field.getName().endsWith("Requests") && !field.getName().equals("dispositions")
                    || field.getName().equals("version") || field.getName().equals("id")) {
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
            if (value != null && field.getType().isAnnotationPresent(Embeddable.class)) {
                flatten(path + ".", value, values);
            } else if (value != null) {
                values.put(path, printable(value));
            }
        }
    }

    private static String printable(Object value) {
        if (value instanceof Customer customer) {
            return customer.getLabel();
        }
        if (value instanceof CatalogEntry entry) {
            return entry.getLabel();
        }
        if (value instanceof Complaint linked) {
            return CaseWorkflow.label(linked);
        }
        return value.toString();
    }
}
