package cn.kesu.business.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.kesu.model.user.Role;
import cn.kesu.support.InContainerTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.SelectQueryPlan;
import org.hibernate.query.sqm.internal.QuerySqmImpl;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hibernate (the server's) keeps the SQL translation of a query written with {@link InList} and reuses it at the
 * next execution, for a list of one value as for several (issue 17: the work lists', the menu's and the 8D
 * actions' queries were translated anew at every page, most of each query's time in a profile of the work list).
 * The translation is internal to Hibernate, so this test looks at its query plan cache directly.
 */
class InListIT extends InContainerTest {

    @PersistenceContext
    EntityManager em;

    @Test
    void theTranslationOfAQueryWithAnInListIsKeptForOneValueAndForSeveral() throws Exception {
        for (List<Role> roles : List.of(List.of(Role.QA), List.of(Role.QA, Role.GM_OFFICE))) {
            Map<String, Object> params = new HashMap<>();
            String jpql = "select c.id from Complaint c where " + InList.of("c.holderRole", "role", roles, params);

            Object first = translation(jpql, params);
            assertNotNull(first, "no kept translation of " + jpql);
            assertSame(first, translation(jpql, params), "translated again: " + jpql);
        }
    }

    /** Why InList exists: a parameter bound to a list, and a lone parameter in an in list, make a query uncached. */
    @Test
    void noTranslationIsKeptOfAQueryWithAListParameterOrALoneParameterInAnInList() throws Exception {
        assertNull(translation("select c.id from Complaint c where c.holderRole in :roles",
                Map.of("roles", List.of(Role.QA))));
        assertNull(translation("select c.id from Complaint c where c.holderRole in (:role)",
                Map.of("role", Role.QA)));
    }

    /** Runs the query, paged as the lists are; then the SQL translation Hibernate keeps for it, or null for none. */
    private Object translation(String jpql, Map<String, Object> params) throws Exception {
        TypedQuery<Long> query = InList.bound(em.createQuery(jpql, Long.class), params).setMaxResults(20);
        query.getResultList();
        SqmInterpretationsKey key = (SqmInterpretationsKey) SqmInterpretationsKey.createInterpretationsKey(
                query.unwrap(QuerySqmImpl.class));
        if (key == null) {
            return null;
        }
        SelectQueryPlan<Object> plan = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache().resolveSelectQueryPlan(key, () -> null);
        Field translation = plan.getClass().getDeclaredField("cacheableSqmInterpretation");
        translation.setAccessible(true);
        return translation.get(plan);
    }
}
