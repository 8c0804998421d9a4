package cn.kesu.business.catalog;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogs the forms offer: several read together are each as read alone. */
class CatalogsIT extends InContainerTest {

    @EJB
    Catalogs catalogs;

    @EJB
    CatalogAdministration administration;

    @Inject
    CaseFixture fixture;

    @Test
    void catalogsReadTogetherAreEachAsReadAlone() throws Exception {
        fixture.withCatalogs();
        fixture.admin.call(() -> administration.setEntryActive(fixture.painting.getId(), false));
        EnumSet<CatalogKind> kinds = EnumSet.of(CatalogKind.CAUSE_CODE, CatalogKind.ABNORMALITY_TYPE,
                CatalogKind.RESPONSIBLE_DEPARTMENT, CatalogKind.SUPPLIER);

        Map<CatalogKind, List<CatalogEntry>> together = catalogs.active(kinds);

        assertEquals(kinds, together.keySet());
        for (CatalogKind kind : kinds) {
            assertEquals(ids(catalogs.active(kind)), ids(together.get(kind)), kind + ", in code order");
        }
        List<Long> departments = ids(together.get(CatalogKind.RESPONSIBLE_DEPARTMENT));
        assertTrue(departments.contains(fixture.moulding.getId()));
        assertFalse(departments.contains(fixture.painting.getId()), "a deactivated entry is not offered");
        assertTrue(ids(together.get(CatalogKind.SUPPLIER)).contains(fixture.supplier.getId()));
    }

    private static List<Long> ids(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::getId).toList();
    }
}
