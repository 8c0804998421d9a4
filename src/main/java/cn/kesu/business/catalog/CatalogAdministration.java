package cn.kesu.business.catalog;

import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.catalog.Part;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** 目录维护: the administrator adds, renames and deactivates codes, customers and part numbers; nothing is deleted. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CatalogAdministration {

    static final String CODE = "[A-Za-z0-9._-]{1,20}";
    /** A part number: as codes, and a slash, up to the slip's 40 characters. */
    static final String PART_NO = "[A-Za-z0-9._/-]{1,40}";

    @PersistenceContext
    EntityManager em;

    public List<CatalogEntry> entries() {
        return em.createNamedQuery(CatalogEntry.ALL, CatalogEntry.class).getResultList();
    }

    public List<Customer> customers() {
        return em.createNamedQuery(Customer.ALL, Customer.class).getResultList();
    }

    public CatalogEntry addEntry(@NotNull CatalogKind kind, @NotBlank @Pattern(regexp = CODE) String code,
                                 @NotBlank @Size(max = 100) String name) {
        boolean taken = !em.createQuery("select e.id from CatalogEntry e where e.kind = :kind and e.code = :code")
                .setParameter("kind", kind).setParameter("code", code.strip()).getResultList().isEmpty();
        if (taken) {
            throw new CodeTakenException(code);
        }
        CatalogEntry entry = new CatalogEntry(kind, code.strip(), name.strip());
        em.persist(entry);
        return entry;
    }

    public CatalogEntry renameEntry(@NotNull Long id, @NotBlank @Size(max = 100) String name) {
        CatalogEntry entry = entry(id);
        entry.rename(name.strip());
        return entry;
    }

    public CatalogEntry setEntryActive(@NotNull Long id, boolean active) {
        CatalogEntry entry = entry(id);
        if (active) {
            entry.activate();
        } else {
            entry.deactivate();
        }
        return entry;
    }

    public Customer addCustomer(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 100) String name,
                                boolean foreign,
                                @DecimalMin("0") @DecimalMax("1") BigDecimal overAcceptanceRatio) {
        if (!em.createQuery("select c.id from Customer c where c.code = :code").setParameter("code", code.strip())
                .getResultList().isEmpty()) {
            throw new CodeTakenException(code);
        }
        Customer customer = new Customer(code.strip(), name.strip(), foreign);
        customer.change(customer.getName(), foreign, overAcceptanceRatio);
        em.persist(customer);
        return customer;
    }

    public Customer changeCustomer(@NotNull Long id, @NotBlank @Size(max = 100) String name, boolean foreign,
                                   @DecimalMin("0") @DecimalMax("1") BigDecimal overAcceptanceRatio, boolean active) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new UnknownCatalogEntryException(id);
        }
        customer.change(name.strip(), foreign, overAcceptanceRatio);
        if (active) {
            customer.activate();
        } else {
            customer.deactivate();
        }
        return customer;
    }

    public List<Part> parts() {
        return em.createNamedQuery(Part.ALL, Part.class).getResultList();
    }

    /** 料号: a part number and the unit price its goods count at when they come back. */
    public Part addPart(@NotBlank @Pattern(regexp = PART_NO) String partNo, @NotBlank @Size(max = 100) String name,
                        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 4) BigDecimal unitPrice) {
        if (!em.createQuery("select p.id from Part p where p.partNo = :partNo").setParameter("partNo", partNo.strip())
                .getResultList().isEmpty()) {
            throw new CodeTakenException(partNo);
        }
        Part part = new Part(partNo.strip(), name.strip(), unitPrice);
        em.persist(part);
        return part;
    }

    /** A new name or unit price, or (de)activation; a case consolidated before keeps the price it was routed by. */
    public Part changePart(@NotNull Long id, @NotBlank @Size(max = 100) String name,
                           @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 4) BigDecimal unitPrice,
                           boolean active) {
        Part part = em.find(Part.class, id);
        if (part == null) {
            throw new UnknownCatalogEntryException(id);
        }
        part.change(name.strip(), unitPrice, active);
        return part;
    }

    private CatalogEntry entry(Long id) {
        CatalogEntry entry = em.find(CatalogEntry.class, id);
        if (entry == null) {
            throw new UnknownCatalogEntryException(id);
        }
        return entry;
    }
}
