package cn.kesu.business.catalog;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The active codes offered on the forms. */
@Stateless
@PermitAll
public class Catalogs {

    @PersistenceContext
    EntityManager em;

    public List<CatalogEntry> active(CatalogKind kind) {
        return em.createNamedQuery(CatalogEntry.ACTIVE_OF_KIND, CatalogEntry.class).setParameter("kind", kind)
                .getResultList();
    }

    public List<Customer> activeCustomers() {
        return em.createNamedQuery(Customer.ACTIVE, Customer.class).getResultList();
    }
}
