package cn.kesu.view.admin;

import cn.kesu.business.catalog.CatalogAdministration;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/** Backing bean of {@code app/admin/catalogs.xhtml} (目录维护): codes and customers. */
@Named
@ViewScoped
public class CatalogsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogAdministration administration;

    @Inject
    Feedback feedback;

    private transient List<CatalogEntry> entries;
    private transient List<Customer> customers;

    private CatalogKind kind = CatalogKind.ABNORMALITY_TYPE;
    private String code;
    private String name;

    private String customerCode;
    private String customerName;
    private boolean customerForeign;
    private BigDecimal customerRatio;

    public void addEntry() {
        if (perform(() -> administration.addEntry(kind, code, name).getLabel(), "catalog.added")) {
            code = name = null;
        }
    }

    public void toggle(CatalogEntry entry) {
        perform(() -> administration.setEntryActive(entry.getId(), !entry.isActive()).getLabel(), "catalog.saved");
    }

    public void addCustomer() {
        if (perform(() -> administration.addCustomer(customerCode, customerName, customerForeign, customerRatio).getLabel(),
                "catalog.added")) {
            customerCode = customerName = null;
            customerForeign = false;
            customerRatio = null;
        }
    }

    public void toggleCustomer(Customer customer) {
        perform(() -> administration.changeCustomer(customer.getId(), customer.getName(), customer.isForeign(),
                customer.getOverAcceptanceRatio(), !customer.isActive()).getLabel(), "catalog.saved");
    }

    private boolean perform(Supplier<String> action, String doneKey) {
        try {
            feedback.info(doneKey, action.get());
            entries = null;
            customers = null;
            return true;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
            return false;
        }
    }

    public List<CatalogEntry> getEntries() {
        if (entries == null) {
            entries = administration.entries();
        }
        return entries;
    }

    public List<Customer> getCustomers() {
        if (customers == null) {
            customers = administration.customers();
        }
        return customers;
    }

    public CatalogKind[] getKinds() { return CatalogKind.values(); }
    public CatalogKind getKind() { return kind; }
    public void setKind(CatalogKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCustomerCode() { return customerCode; }
    public void setCustomerCode(String customerCode) { this.customerCode = customerCode; }
    public String getCustomerName() { return customerName; }
    public void setCustomerName(String customerName) { this.customerName = customerName; }
    public boolean isCustomerForeign() { return customerForeign; }
    public void setCustomerForeign(boolean customerForeign) { this.customerForeign = customerForeign; }
    public BigDecimal getCustomerRatio() { return customerRatio; }
    public void setCustomerRatio(BigDecimal customerRatio) { this.customerRatio = customerRatio; }
}
