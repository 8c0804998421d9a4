package cn.kesu.business.catalog;

import cn.kesu.infrastructure.audit.AuditRevision;
import cn.kesu.infrastructure.excel.Workbooks;
import cn.kesu.infrastructure.excel.Workbooks.SheetRows;
import cn.kesu.infrastructure.excel.Workbooks.TextRow;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.catalog.Part;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 目录导入导出: the company's lists from Excel, previewed row by row, imported whole or not at all, in the history. */
class CatalogImportIT extends InContainerTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @EJB
    CatalogImport importer;

    @Inject
    CaseFixture fixture;

    @PersistenceContext
    EntityManager em;

    @Test
    void aPreviewedWorkbookIsImportedWholeAndInTheHistory() throws Exception {
        fixture.withCatalogs();
        String n = unique();
        String abnormality = fixture.abnormality.getCode();
        byte[] xlsx = workbook(
                sheet("客户", row("N" + n, "新客户" + n, "是", "3%", ""), row(fixture.domestic.getCode(),
                        fixture.domestic.getName(), "否", "0.05", "是")),
                sheet("料号", row("P-" + n + "/A", "杯盖" + n, "1,234.5", ""), row("Q-" + n, "杯身" + n, "12.50000", "")),
                sheet("供应商", row("S" + n, "华南包材" + n, "")),
                sheet("异常类别", row(abnormality, "喷漆起泡", "是")));

        ImportPlan plan = fixture.admin.call(() -> importer.preview(xlsx));
        assertTrue(plan.isAcceptable(), plan.toString());
        assertEquals(Map.of("N" + n, ImportLine.Action.ADD, fixture.domestic.getCode(), ImportLine.Action.CHANGE,
                "P-" + n + "/A", ImportLine.Action.ADD, "Q-" + n, ImportLine.Action.ADD, "S" + n, ImportLine.Action.ADD, abnormality,
                ImportLine.Action.CHANGE),
                plan.lines().stream().collect(Collectors.toMap(ImportLine::code, ImportLine::action)));
        assertEquals(2, plan.lines().get(0).row(), "rows as Excel numbers them, the header row 1");
        assertTrue(customer("N" + n) == null, "a preview stores nothing");

        fixture.admin.call(() -> importer.apply(xlsx));
        Customer added = customer("N" + n);
        assertTrue(added.isForeign());
        assertEquals(0, new BigDecimal("0.03").compareTo(added.getOverAcceptanceRatio()));
        assertEquals(0, new BigDecimal("0.05").compareTo(customer(fixture.domestic.getCode()).getOverAcceptanceRatio()));
        assertEquals("喷漆起泡", em.find(CatalogEntry.class, fixture.abnormality.getId()).getName());
        Part part = em.createQuery("select p from Part p where p.partNo = :no", Part.class)
                .setParameter("no", "P-" + n + "/A").getSingleResult();
        assertEquals(0, new BigDecimal("1234.5").compareTo(part.getUnitPrice()));
        assertEquals(1, AuditReaderFactory.get(em).getRevisions(Part.class, part.getId()).size(), "in the history");
        assertEquals(0, new BigDecimal("12.5").compareTo(em.createQuery("select p from Part p where p.partNo = :no",
                Part.class).setParameter("no", "Q-" + n).getSingleResult().getUnitPrice()), "five decimals, all zeros past 4");
        assertEquals(CatalogKind.SUPPLIER, em.createQuery("select e from CatalogEntry e where e.code = :code", CatalogEntry.class)
                .setParameter("code", "S" + n).getSingleResult().getKind());

        Object[] revision = (Object[]) AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Customer.class, false, true).add(AuditEntity.id().eq(added.getId()))
                .getResultList().get(0);
        assertEquals("admin", ((AuditRevision) revision[1]).getUsername());

        ImportPlan again = fixture.admin.call(() -> importer.preview(xlsx));
        assertTrue(again.lines().stream().allMatch(line -> line.action() == ImportLine.Action.SAME), again.toString());
    }

    @Test
    void oneRefusedRowStoresNothingAndEachRefusalSaysWhy() throws Exception {
        String n = unique();
        byte[] xlsx = workbook(
                sheet("客户", row("G" + n, "好客户" + n, "否", "", ""), row("B" + n, "坏比率", "否", "1.5", ""),
                        row("B" + n, "重复", "", "", ""), row("bad code!", "名称", "也许", "", "")),
                sheet("备忘", row("x", "y")));
        ImportPlan plan = fixture.admin.call(() -> importer.preview(xlsx));
        assertFalse(plan.isAcceptable());
        assertEquals(3, plan.refused());
        assertEquals(List.of(ImportProblem.of("catalog.import.unknownSheet", "备忘")), plan.fileProblems());
        assertEquals(List.of("catalog.import.ratio"), keys(plan.lines().get(1)));
        assertEquals(List.of("catalog.import.duplicate"), keys(plan.lines().get(2)));
        assertEquals(List.of("catalog.import.code", "catalog.import.yesNo"), keys(plan.lines().get(3)));
        assertEquals(5, plan.lines().get(3).row());

        assertRefused(CatalogImportRefusedException.class, () -> fixture.admin.call(() -> importer.apply(xlsx)));
        assertTrue(customer("G" + n) == null, "the good row was not imported either");
    }

    @Test
    void partRowsAreCheckedLikeTheOthers() throws Exception {
        String n = unique();
        byte[] xlsx = workbook(sheet("料号", row("G" + n, "好料号", "8", ""), row("G" + n, "重复", "9", ""),
                row("bad part!", "坏", "-1", ""), row("H" + n, "", "十元", "否"), row("K" + n, "小数逗号", "12,5", ""),
                row("L" + n, "巨大", "1e2147483647", ""), row("M" + n, "十一位", "12345678901", "")));
        ImportPlan plan = fixture.admin.call(() -> importer.preview(xlsx));
        assertEquals(6, plan.refused());
        for (int line = 4; line <= 6; line++) {
            assertEquals(List.of("catalog.import.unitPrice"), keys(plan.lines().get(line)), plan.lines().get(line).code());
        }
        assertEquals(List.of("catalog.import.duplicate"), keys(plan.lines().get(1)));
        assertEquals(List.of("catalog.import.partNo", "catalog.import.unitPrice"), keys(plan.lines().get(2)));
        assertEquals(List.of("catalog.import.name", "catalog.import.unitPrice"), keys(plan.lines().get(3)));

        assertRefused(CatalogImportRefusedException.class, () -> fixture.admin.call(() -> importer.apply(xlsx)));
        assertTrue(em.createQuery("select p from Part p where p.partNo = :no", Part.class).setParameter("no", "G" + n)
                .getResultList().isEmpty(), "the good row was not imported either");
    }

    @Test
    void aFileThatIsNoWorkbookAndACallerWhoIsNoAdministratorAreRefused() throws Exception {
        assertRefused(UnreadableCatalogFileException.class,
                () -> fixture.admin.call(() -> importer.preview("C001,华联百货".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        byte[] xlsx = workbook(sheet("客户", row("X" + unique(), "某客户", "", "", "")));
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> importer.apply(xlsx)));
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> importer.export()));
    }

    @Test
    void theExportIsTheWorkbookTheImportReads() throws Exception {
        fixture.withCatalogs();
        String partNo = "E-" + unique();
        fixture.admin.call(() -> fixture.catalogAdministration.addPart(partNo, "杯身", new BigDecimal("3.2500")));
        byte[] exported = fixture.admin.call(() -> importer.export());
        List<SheetRows> sheets = Workbooks.read(exported);
        assertEquals(List.of("客户", "料号", "异常类别", "原因代码", "责任单位", "供应商"),
                sheets.stream().map(SheetRows::name).toList());
        assertTrue(sheets.get(1).rows().stream().anyMatch(r -> r.cell(0).equals(partNo) && r.cell(2).equals("3.25")));
        assertTrue(sheets.get(0).rows().stream().anyMatch(r -> r.cell(0).equals(fixture.domestic.getCode())
                && r.cell(1).equals(fixture.domestic.getName()) && r.cell(2).equals("否") && r.cell(4).equals("是")));
        ImportPlan plan = fixture.admin.call(() -> importer.preview(exported));
        assertEquals(List.of(), plan.fileProblems());
        List<String> own = List.of(fixture.domestic.getCode(), fixture.foreign.getCode(), fixture.abnormality.getCode(),
                fixture.causeCode.getCode(), fixture.supplier.getCode(), partNo);
        List<ImportLine> ownLines = plan.lines().stream().filter(line -> own.contains(line.code())).toList();
        assertEquals(6, ownLines.size());
        assertTrue(ownLines.stream().allMatch(line -> line.action() == ImportLine.Action.SAME && !line.isRefused()),
                "exported and read back, nothing changes: " + ownLines);
    }

    private Customer customer(String code) {
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private static List<String> keys(ImportLine line) {
        return line.problems().stream().map(ImportProblem::key).toList();
    }

    private static byte[] workbook(SheetRows... sheets) {
        return Workbooks.write(List.of(sheets));
    }

    private static SheetRows sheet(String name, TextRow... rows) {
        return new SheetRows(name, List.of("代码", "名称", "国外客户", "超量允收比率", "启用"), List.of(rows));
    }

    private static TextRow row(String... cells) {
        return new TextRow(0, List.of(cells));
    }

    private static String unique() {
        return System.currentTimeMillis() % 100000 + "-" + SERIAL.incrementAndGet();
    }
}
