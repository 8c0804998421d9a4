package cn.kesu.business.catalog;

import cn.kesu.business.common.InList;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The active entries of several catalogs in one query, each kind's in code order; a kind without active
     * entries maps to an empty list. The case page's QA form offers four catalogs: one call for all four.
     */
    public Map<CatalogKind, List<CatalogEntry>> active(Set<CatalogKind> kinds) {
        Map<String, Object> params = new HashMap<>();
        Map<CatalogKind, List<CatalogEntry>> byKind = new EnumMap<>(CatalogKind.class);
        kinds.forEach(kind -> byKind.put(kind, new ArrayList<>()));
        InList.bound(em.createQuery("select e from CatalogEntry e where " + InList.of("e.kind", "kind", kinds, params)
                        + " and e.active = true order by e.code", CatalogEntry.class), params)
                .getResultList().forEach(entry -> byKind.get(entry.getKind()).add(entry));
        return byKind;
    }

    /** The part catalog's unit price of a part number, offered where the GM office values the goods coming back. */
    public Optional<BigDecimal> unitPrice(String partNo) {
        return partPrices.unitPrice(partNo);
    }

    public List<Customer> activeCustomers() {
        return em.createNamedQuery(Customer.ACTIVE, Customer.class).getResultList();
    }
}
