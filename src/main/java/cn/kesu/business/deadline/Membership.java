package cn.kesu.business.deadline;

import cn.kesu.model.user.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Which department a user belongs to: reminders and investigations are answered by the department. */
@ApplicationScoped
public class Membership {

    @PersistenceContext
    EntityManager em;

    /** The department alone, not the user with his roles: the menu asks it on every page (issue 17). */
    public Department departmentOf(String username) {
        return em.createQuery("select u.department from AppUser u where u.username = :username", Department.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }
}
