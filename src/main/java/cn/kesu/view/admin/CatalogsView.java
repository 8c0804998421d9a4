package cn.kesu.view.admin;

import cn.kesu.business.catalog.CatalogAdministration;
import cn.kesu.business.catalog.CatalogImport;
import cn.kesu.business.catalog.ImportLine;
import cn.kesu.business.catalog.ImportPlan;
import cn.kesu.business.catalog.ImportProblem;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.catalog.Part;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Backing bean of {@code app/admin/catalogs.xhtml} (目录维护): codes, customers and part numbers. */
@Named
@ViewScoped
public class CatalogsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A company's lists fit in far less; the screen's upload says the same before sending. */
    private static final long MAX_WORKBOOK_BYTES = 2L * 1024 * 1024;

    @Inject
    CatalogAdministration administration;

    @Inject
    CatalogImport importer;

    @Inject
    Feedback feedback;

    private transient List<CatalogEntry> entries;
    private transient List<Customer> customers;

    private CatalogKind kind = CatalogKind.ABNORMALITY_TYPE;
    private String code;
    private String name;

    /** The workbook uploaded for import, kept until it is imported or another is chosen, and its preview. */
    private byte[] workbook;
    private String workbookName;
    private ImportPlan plan;

    private String customerCode;
    private String customerName;
    private boolean customerForeign;
    private BigDecimal customerRatio;
    private transient List<Part> parts;
    private String partNo;
    private String partName;
    private BigDecimal partPrice;
    /** Unit prices typed into the parts table, by part id, until saved. */
    private final Map<Long, BigDecimal> newPrices = new HashMap<>();

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

    public void addPart() {
        if (perform(() -> administration.addPart(partNo, partName, partPrice).getLabel(), "catalog.added")) {
            partNo = partName = null;
            partPrice = null;
        }
    }

    /** A new unit price for the part, as typed in its row. */
    public void changePrice(Part part) {
        BigDecimal price = newPrices.get(part.getId());
        if (perform(() -> administration.changePart(part.getId(), part.getName(), price, part.isActive()).getLabel(),
                "catalog.saved")) {
            newPrices.remove(part.getId());
        }
    }

    public void togglePart(Part part) {
        perform(() -> administration.changePart(part.getId(), part.getName(), part.getUnitPrice(), !part.isActive())
                .getLabel(), "catalog.saved");
    }

    private boolean perform(Supplier<String> action, String doneKey) {
        try {
            feedback.info(doneKey, action.get());
            entries = null;
            customers = null;
            parts = null;
            return true;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
            return false;
        }
    }

    /** 导入预览: the chosen workbook read and checked, nothing stored yet. */
    public void preview(FileUploadEvent event) {
        plan = null;
        workbook = null;
        if (event.getFile().getSize() > MAX_WORKBOOK_BYTES) {
            feedback.error("catalog.import.tooLarge");
            return;
        }
        workbook = event.getFile().getContent();
        workbookName = event.getFile().getFileName();
        try {
            plan = importer.preview(workbook);
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            plan = null;
            workbook = null;
            feedback.refused(refusal);
        }
    }

    /** 确认导入: every row of the previewed workbook, or none. */
    public void importWorkbook() {
        if (workbook == null) {
            return;
        }
        try {
            ImportPlan imported = importer.apply(workbook);
            feedback.info("catalog.import.done", imported.count(ImportLine.Action.ADD),
                    imported.count(ImportLine.Action.CHANGE), imported.count(ImportLine.Action.SAME));
            plan = null;
            workbook = null;
            entries = null;
            customers = null;
            parts = null;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    /** 导出: the catalogs as the workbook the import reads. */
    public StreamedContent getExport() {
        byte[] xlsx = importer.export();
        return DefaultStreamedContent.builder().name("目录.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** A problem of the preview in the user's language. */
    public String text(ImportProblem problem) {
        return feedback.text(problem.key(), problem.arguments().toArray());
    }

    public ImportPlan getPlan() { return plan; }
    public String getWorkbookName() { return workbookName; }

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

    public List<Part> getParts() {
        if (parts == null) {
            parts = administration.parts();
        }
        return parts;
    }

    public Map<Long, BigDecimal> getNewPrices() { return newPrices; }
    public String getPartNo() { return partNo; }
    public void setPartNo(String partNo) { this.partNo = partNo; }
    public String getPartName() { return partName; }
    public void setPartName(String partName) { this.partName = partName; }
    public BigDecimal getPartPrice() { return partPrice; }
    public void setPartPrice(BigDecimal partPrice) { this.partPrice = partPrice; }
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
