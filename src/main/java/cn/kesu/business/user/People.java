package cn.kesu.business.user;

import cn.kesu.business.common.InList;
import cn.kesu.model.complaint.PersonRef;
import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a slip or QA may name (被投诉人, 责任人): the system's users, to choose from, and the names they are
 * shown and printed with. A name that is neither a username nor marked as outside the system ({@link PersonRef})
 * is refused: a Chinese name typed for a user would silently disable their recusal.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class People {

    @PersistenceContext
    EntityManager em;

    /** Every user who works cases (not the administrator alone), by department, as username → full name. */
    public Map<String, String> caseWorkers() {
        Map<String, String> people = new LinkedHashMap<>();
        for (AppUser user : em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList()) {
            if (!user.getRoles().isEmpty() && !user.getRoles().equals(java.util.Set.of(Role.ADMIN))) {
                people.put(user.getUsername(), user.getFullName());
            }
        }
        return people;
    }

    /** How each reference reads: "王芳（business-manager）", "王师傅（外部）"; unknown ones as they are. */
    public Map<String, String> labels(Collection<String> refs) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> usernames = refs.stream().filter(r -> r != null && !PersonRef.isExternal(r)).toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (!usernames.isEmpty()) {
            Map<String, Object> params = new HashMap<>();
            InList.bound(em.createQuery("select u.username, u.fullName from AppUser u where "
                            + InList.of("u.username", "name", usernames, params), Object[].class), params).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        for (String ref : refs) {
            if (ref == null) {
                continue;
            }
            labels.put(ref, PersonRef.isExternal(ref) ? PersonRef.externalName(ref) + "（外部）"
                    : names.containsKey(ref) ? names.get(ref) + "（" + ref + "）" : ref);
        }
        return labels;
    }

    /** Refuses a reference that is neither a user's username nor marked as a person outside the system. */
    public void requireKnown(Collection<String> refs) {
        for (String ref : refs) {
            if (ref == null || ref.isBlank()) {
                continue;
            }
            if (PersonRef.isExternal(ref)) {
                if (PersonRef.externalName(ref).isEmpty()) {
                    throw new UnknownPersonException(ref);
                }
                continue;
            }
            long found = em.createQuery("select count(u) from AppUser u where u.username = :name", Long.class)
                    .setParameter("name", ref.strip()).getSingleResult();
            if (found == 0) {
                throw new UnknownPersonException(ref);
            }
        }
    }
}
