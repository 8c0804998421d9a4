package cn.kesu.business.catalog;

import cn.kesu.business.common.ChineseTexts;
import cn.kesu.business.common.MessageKey;
import cn.kesu.infrastructure.excel.UnreadableWorkbookException;
import cn.kesu.infrastructure.excel.Workbooks;
import cn.kesu.infrastructure.excel.Workbooks.SheetRows;
import cn.kesu.infrastructure.excel.Workbooks.TextRow;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.catalog.Part;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 目录导入导出: the company's existing lists (customers with their foreign flag and over-acceptance ratio, part numbers
 * with their unit price, abnormality types, cause codes, responsible units, suppliers) from an Excel workbook, one sheet per list, with a preview that
 * says row by row what each does or why it is refused; imported only when no row is refused, all rows in one
 * transaction, through {@link CatalogAdministration}, so each change is in the history like one made on the screen.
 * The export writes the same workbook, so a list can be taken out, edited in Excel and brought back.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CatalogImport {

    private static final Pattern CODE = Pattern.compile(CatalogAdministration.CODE);
    private static final Pattern PART_NO = Pattern.compile(CatalogAdministration.PART_NO);
    /** Digits with commas between thousands only, and decimals: no sign, no exponent. */
    private static final Pattern PRICE = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.9999");
    private static final int NAME_LENGTH = 100;

    @Inject
    CatalogAdministration administration;

    /** What importing the file would do; nothing is stored. */
    public ImportPlan preview(@NotNull byte[] xlsx) {
        return plan(read(xlsx)).plan();
    }

    /** Imports the file when no row is refused (checked again here); otherwise refuses it whole. */
    public ImportPlan apply(@NotNull byte[] xlsx) {
        Planned planned = plan(read(xlsx));
        if (!planned.plan().isAcceptable()) {
            throw new CatalogImportRefusedException(Math.max(1, planned.plan().refused()));
        }
        for (Parsed row : planned.rows()) {
            store(row, planned.customers(), planned.entries(), planned.parts());
        }
        return planned.plan();
    }

    /** The catalogs as the workbook the import reads. */
    public byte[] export() {
        List<SheetRows> sheets = new ArrayList<>();
        sheets.add(new SheetRows(customersSheet(), customerHeader(), administration.customers().stream()
                .map(c -> new TextRow(0, List.of(c.getCode(), c.getName(), yesNo(c.isForeign()),
                        c.getOverAcceptanceRatio() == null ? "" : c.getOverAcceptanceRatio().stripTrailingZeros().toPlainString(),
                        yesNo(c.isActive())))).toList()));
        sheets.add(new SheetRows(partsSheet(), partHeader(), administration.parts().stream()
                .map(p -> new TextRow(0, List.of(p.getPartNo(), p.getName(), p.getUnitPrice().stripTrailingZeros()
                        .toPlainString(), yesNo(p.isActive())))).toList()));
        List<CatalogEntry> entries = administration.entries();
        for (CatalogKind kind : CatalogKind.values()) {
            sheets.add(new SheetRows(sheetOf(kind), entryHeader(), entries.stream().filter(e -> e.getKind() == kind)
                    .map(e -> new TextRow(0, List.of(e.getCode(), e.getName(), yesNo(e.isActive())))).toList()));
        }
        return Workbooks.write(sheets);
    }

    /**
     * One row read and checked: the customer's, part's or entry's values, or why not. {@code kind} is null for a
     * customer or part; {@code unitPrice} is set for a part only.
     */
    private record Parsed(CatalogKind kind, String code, String name, boolean foreign, BigDecimal ratio,
                          BigDecimal unitPrice, boolean active, ImportLine line) {

        boolean isPart() {
            return unitPrice != null;
        }
    }

    /** The plan, its rows read, and the catalog as it stood when they were checked against it. */
    private record Planned(ImportPlan plan, List<Parsed> rows, Map<String, Customer> customers,
                           Map<String, CatalogEntry> entries, Map<String, Part> parts) {
    }

    private static List<SheetRows> read(byte[] xlsx) {
        try {
            return Workbooks.read(xlsx);
        } catch (UnreadableWorkbookException e) {
            throw new UnreadableCatalogFileException(e.getMessage());
        }
    }

    private Planned plan(List<SheetRows> sheets) {
        Map<String, Customer> customers = new HashMap<>();
        administration.customers().forEach(c -> customers.put(c.getCode(), c));
        Map<String, CatalogEntry> entries = new HashMap<>();
        administration.entries().forEach(e -> entries.put(e.getKind() + "/" + e.getCode(), e));
        Map<String, Part> parts = new HashMap<>();
        administration.parts().forEach(p -> parts.put(p.getPartNo(), p));

        List<ImportProblem> fileProblems = new ArrayList<>();
        List<Parsed> rows = new ArrayList<>();
        for (SheetRows sheet : sheets) {
            CatalogKind kind = kindOf(sheet.name());
            boolean customerSheet = customersSheet().equals(sheet.name());
            boolean partSheet = partsSheet().equals(sheet.name());
            if (!customerSheet && !partSheet && kind == null) {
                if (!sheet.rows().isEmpty()) {
                    fileProblems.add(ImportProblem.of("catalog.import.unknownSheet", sheet.name()));
                }
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (TextRow row : sheet.rows()) {
                rows.add(customerSheet ? customer(sheet.name(), row, seen, customers)
                        : partSheet ? part(sheet.name(), row, seen, parts)
                        : entry(sheet.name(), kind, row, seen, entries));
            }
        }
        return new Planned(new ImportPlan(rows.stream().map(Parsed::line).toList(), fileProblems), rows, customers,
                entries, parts);
    }

    private static Parsed customer(String sheet, TextRow row, Set<String> seen, Map<String, Customer> customers) {
        List<ImportProblem> problems = new ArrayList<>();
        String code = code(row.cell(0), CODE, "catalog.import.code", seen, problems);
        String name = name(row.cell(1), problems);
        boolean foreign = yesNo(row.cell(2), false, "catalog.foreign", problems);
        BigDecimal ratio = ratio(row.cell(3), problems);
        boolean active = yesNo(row.cell(4), true, "catalog.active", problems);
        Customer existing = customers.get(code);
        ImportLine.Action action = existing == null ? ImportLine.Action.ADD
                : existing.getName().equals(name) && existing.isForeign() == foreign && existing.isActive() == active
                        && sameRatio(existing.getOverAcceptanceRatio(), ratio) ? ImportLine.Action.SAME
                        : ImportLine.Action.CHANGE;
        return new Parsed(null, code, name, foreign, ratio, null, active,
                new ImportLine(sheet, row.number(), code, name, action, List.copyOf(problems)));
    }

    private static Parsed part(String sheet, TextRow row, Set<String> seen, Map<String, Part> parts) {
        List<ImportProblem> problems = new ArrayList<>();
        String partNo = code(row.cell(0), PART_NO, "catalog.import.partNo", seen, problems);
        String name = name(row.cell(1), problems);
        BigDecimal unitPrice = unitPrice(row.cell(2), problems);
        boolean active = yesNo(row.cell(3), true, "catalog.active", problems);
        Part existing = parts.get(partNo);
        ImportLine.Action action = existing == null ? ImportLine.Action.ADD
                : existing.getName().equals(name) && existing.isActive() == active
                        && existing.getUnitPrice().compareTo(unitPrice) == 0 ? ImportLine.Action.SAME
                        : ImportLine.Action.CHANGE;
        return new Parsed(null, partNo, name, false, null, unitPrice, active,
                new ImportLine(sheet, row.number(), partNo, name, action, List.copyOf(problems)));
    }

    private static Parsed entry(String sheet, CatalogKind kind, TextRow row, Set<String> seen,
                                Map<String, CatalogEntry> entries) {
        List<ImportProblem> problems = new ArrayList<>();
        String code = code(row.cell(0), CODE, "catalog.import.code", seen, problems);
        String name = name(row.cell(1), problems);
        boolean active = yesNo(row.cell(2), true, "catalog.active", problems);
        CatalogEntry existing = entries.get(kind + "/" + code);
        ImportLine.Action action = existing == null ? ImportLine.Action.ADD
                : existing.getName().equals(name) && existing.isActive() == active ? ImportLine.Action.SAME
                        : ImportLine.Action.CHANGE;
        return new Parsed(kind, code, name, false, null, null, active,
                new ImportLine(sheet, row.number(), code, name, action, List.copyOf(problems)));
    }

    /** One row into the catalog; the maps are the catalog as the plan read it, once for the whole import. */
    private void store(Parsed row, Map<String, Customer> customers, Map<String, CatalogEntry> entries,
                       Map<String, Part> parts) {
        if (row.line().action() == ImportLine.Action.SAME) {
            return;
        }
        if (row.isPart()) {
            Part existing = parts.get(row.code());
            Long id = existing != null ? existing.getId()
                    : administration.addPart(row.code(), row.name(), row.unitPrice()).getId();
            if (existing != null || !row.active()) {
                administration.changePart(id, row.name(), row.unitPrice(), row.active());
            }
            return;
        }
        if (row.kind() == null) {
            Customer existing = customers.get(row.code());
            Long id = existing != null ? existing.getId()
                    : administration.addCustomer(row.code(), row.name(), row.foreign(), row.ratio()).getId();
            if (existing != null || !row.active()) {
                administration.changeCustomer(id, row.name(), row.foreign(), row.ratio(), row.active());
            }
            return;
        }
        CatalogEntry existing = entries.get(row.kind() + "/" + row.code());
        CatalogEntry entry = existing != null ? existing : administration.addEntry(row.kind(), row.code(), row.name());
        if (!entry.getName().equals(row.name())) {
            administration.renameEntry(entry.getId(), row.name());
        }
        if (entry.isActive() != row.active()) {
            administration.setEntryActive(entry.getId(), row.active());
        }
    }

    /** A code or part number of {@code form}, refused with {@code invalidKey}, and not twice in one sheet. */
    private static String code(String text, Pattern form, String invalidKey, Set<String> seen,
                               List<ImportProblem> problems) {
        if (!form.matcher(text).matches()) {
            problems.add(ImportProblem.of(invalidKey, text));
        } else if (!seen.add(text)) {
            problems.add(ImportProblem.of("catalog.import.duplicate", text));
        }
        return text;
    }

    private static String name(String text, List<ImportProblem> problems) {
        if (text.isEmpty() || text.length() > NAME_LENGTH) {
            problems.add(ImportProblem.of("catalog.import.name", NAME_LENGTH));
        }
        return text;
    }

    private static boolean yesNo(String text, boolean blank, String columnKey, List<ImportProblem> problems) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> {
                return blank;
            }
            case "是", "y", "yes", "true", "1" -> {
                return true;
            }
            case "否", "n", "no", "false", "0" -> {
                return false;
            }
            default -> {
                problems.add(ImportProblem.of("catalog.import.yesNo", new MessageKey(columnKey), text));
                return blank;
            }
        }
    }

    private static BigDecimal ratio(String text, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal ratio = new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
            if (text.endsWith("%")) {
                ratio = ratio.movePointLeft(2);
            }
            if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0 || ratio.stripTrailingZeros().scale() > 4) {
                problems.add(ImportProblem.of("catalog.import.ratio", text));
                return null;
            }
            return ratio;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of("catalog.import.ratio", text));
            return null;
        }
    }

    /**
     * 单价: a number of at most ten digits and four decimals, not negative; required, as routing needs it. Commas only
     * as thousands separators ("1,234.5"): "12,5" is no price (a decimal comma would make it ten times too much).
     */
    private static BigDecimal unitPrice(String text, List<ImportProblem> problems) {
        if (!PRICE.matcher(text).matches()) {
            problems.add(ImportProblem.of("catalog.import.unitPrice", text));
            return BigDecimal.ZERO;
        }
        BigDecimal price = new BigDecimal(text.replace(",", "")).stripTrailingZeros();
        if (price.scale() > 4 || price.compareTo(MAX_PRICE) > 0) {
            problems.add(ImportProblem.of("catalog.import.unitPrice", text));
            return BigDecimal.ZERO;
        }
        // "12.50000" from a cell formatted with five decimals is 12.5, as the catalog stores it.
        return price.scale() < 0 ? price.setScale(0) : price;
    }

    private static boolean sameRatio(BigDecimal stored, BigDecimal read) {
        return stored == null ? read == null : read != null && stored.compareTo(read) == 0;
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    static String customersSheet() {
        return ChineseTexts.of("catalog.customers");
    }

    static String partsSheet() {
        return ChineseTexts.of("catalog.parts");
    }

    static String sheetOf(CatalogKind kind) {
        return ChineseTexts.of(kind.labelKey());
    }

    private static CatalogKind kindOf(String sheetName) {
        for (CatalogKind kind : CatalogKind.values()) {
            if (sheetOf(kind).equals(sheetName)) {
                return kind;
            }
        }
        return null;
    }

    private static List<String> customerHeader() {
        return List.of(ChineseTexts.of("catalog.code"), ChineseTexts.of("catalog.name"), ChineseTexts.of("catalog.foreign"),
                ChineseTexts.of("catalog.ratio"), ChineseTexts.of("catalog.active"));
    }

    private static List<String> partHeader() {
        return List.of(ChineseTexts.of("catalog.partNo"), ChineseTexts.of("catalog.partName"),
                ChineseTexts.of("catalog.unitPrice"), ChineseTexts.of("catalog.active"));
    }

    private static List<String> entryHeader() {
        return List.of(ChineseTexts.of("catalog.code"), ChineseTexts.of("catalog.name"), ChineseTexts.of("catalog.active"));
    }
}
