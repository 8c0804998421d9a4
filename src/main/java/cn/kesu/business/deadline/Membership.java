package cn.kesu.business.deadline;

import cn.kesu.model.user.AppUser;
import cn.kesu.model.user.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Which department a user belongs to: reminders and investigations are answered by the department. */
@ApplicationScoped
public class Membership {

    @PersistenceContext
    EntityManager em;

    public Department departmentOf(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst().map(AppUser::getDepartment).orElse(null);
    }
}
