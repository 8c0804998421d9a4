package cn.kesu.business.catalog;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The active codes offered on the forms. */
@Stateless
@PermitAll
public class Catalogs {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartPrices partPrices;

    public List<CatalogEntry> active(CatalogKind kind) {
        return em.createNamedQuery(CatalogEntry.ACTIVE_OF_KIND, CatalogEntry.class).setParameter("kind", kind)
                .getResultList();
    }

    /** The part catalog's unit price of a part number, offered where the GM office values the goods coming back. */
    public Optional<BigDecimal> unitPrice(String partNo) {
        return partPrices.unitPrice(partNo);
    }

    public List<Customer> activeCustomers() {
        return em.createNamedQuery(Customer.ACTIVE, Customer.class).getResultList();
    }
}
