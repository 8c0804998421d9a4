package cn.kesu.business.catalog;

import cn.kesu.model.catalog.Part;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Optional;

/** 料号单价: the unit price of an active part number in the catalog, for the value of goods coming back. */
@ApplicationScoped
public class PartPrices {

    @PersistenceContext
    EntityManager em;

    /** Empty for a part number the catalog does not have, or has deactivated. */
    public Optional<BigDecimal> unitPrice(String partNo) {
        if (partNo == null || partNo.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Part.ACTIVE_BY_NUMBER, Part.class).setParameter("partNo", partNo.strip())
                .getResultStream().findFirst().map(Part::getUnitPrice);
    }
}
