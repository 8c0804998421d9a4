package cn.kesu.business.catalog;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;

/** Resolves the codes a slip refers to; only active entries of the expected catalog are accepted. */
@ApplicationScoped
public class CatalogLookup {

    @PersistenceContext
    EntityManager em;

    public Customer customer(Long id) {
        Customer customer = id == null ? null : em.find(Customer.class, id);
        if (customer == null || !customer.isActive()) {
            throw new UnknownCatalogEntryException(id);
        }
        return customer;
    }

    /** Null for a null id (the code is optional), else the active entry of one of the kinds. */
    public CatalogEntry optionalEntry(Long id, CatalogKind... kinds) {
        return id == null ? null : entry(id, kinds);
    }

    public CatalogEntry entry(Long id, CatalogKind... kinds) {
        CatalogEntry entry = id == null ? null : em.find(CatalogEntry.class, id);
        if (entry == null || !entry.isActive() || Arrays.stream(kinds).noneMatch(k -> k == entry.getKind())) {
            throw new UnknownCatalogEntryException(id);
        }
        return entry;
    }
}
