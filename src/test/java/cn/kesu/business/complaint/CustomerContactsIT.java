package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.CaseAction;
import cn.kesu.business.complaint.action.NotNumberedException;
import cn.kesu.business.complaint.intake.ContactInput;
import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.workflow.RecusedException;
import cn.kesu.business.execution.FutureDateException;
import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.ContactDocument;
import cn.kesu.model.complaint.CustomerContact;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.callers.AsBusinessManagerHoldingTheBusinessRole;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Issue 14, customer-facing promises, first part: business records each contact with the customer (when, how,
 * what was said, which documents were sent, who), on an accepted case, open or closed; the case's readers see
 * them, the latest first. Every refusal: wrong role, not yet accepted, recused, in the future, nothing said.
 */
class CustomerContactsIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @EJB
    CaseQueries queries;

    @EJB
    AsBusinessManagerHoldingTheBusinessRole colleague;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    private ContactInput contact(Instant at, String said, ContactDocument... sent) {
        return new ContactInput(at, ContactChannel.PHONE, said, Set.of(sent));
    }

    @Test
    void businessRecordsContactsThatEveryReaderSeesLatestFirst() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        // As the database keeps it: to the microsecond.
        Instant now = fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        fixture.business.call(() -> fixture.businessDesk.recordContact(id, contact(now.minus(Duration.ofHours(20)),
                "已告知客户收到投诉，正在调查", ContactDocument.ACKNOWLEDGEMENT)));
        fixture.business.call(() -> fixture.businessDesk.recordContact(id, new ContactInput(now.minus(Duration.ofHours(2)),
                ContactChannel.EMAIL, "  发送初步报告  ", Set.of(ContactDocument.INITIAL_REPORT))));

        List<CustomerContact> seen = fixture.qa.call(() -> queries.contacts(id));
        assertEquals(2, seen.size());
        assertEquals("发送初步报告", seen.get(0).getSummary(), "the latest first, as said");
        assertEquals(ContactChannel.EMAIL, seen.get(0).getChannel());
        assertEquals(Set.of(ContactDocument.INITIAL_REPORT), seen.get(0).getDocuments());
        assertEquals("business", seen.get(1).getRecorded().getActor());
        assertEquals(java.util.Map.of(id, now.minus(Duration.ofHours(2))),
                fixture.gmOffice.call(() -> queries.lastContacts(List.of(id))), "the ledger's 最近告知客户");
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> queries.lastContacts(List.of(id))));
        assertTrue(fixture.business.call(() -> queries.options(id)).allowed().contains(CaseAction.CONTACT));
        assertTrue(!fixture.qa.call(() -> queries.options(id)).allowed().contains(CaseAction.CONTACT));

        Long closed = fixture.closed(fixture.domestic);
        fixture.business.call(() -> fixture.businessDesk.recordContact(closed, contact(fixture.clock.instant(),
                "寄送 8D 报告", ContactDocument.EIGHT_D_REPORT)));
        assertEquals(2, fixture.auditor.call(() -> queries.contacts(closed)).size(),
                "after closing too, beside the final answer it waited for");
    }

    @Test
    void aContactIsRefusedToOtherRolesBeforeAcceptanceInTheFutureWithoutWordsAndWhenRecused() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        Instant now = fixture.clock.instant();
        assertRefused(EJBAccessException.class, () -> fixture.qa.call(() -> fixture.businessDesk.recordContact(id,
                contact(now, "QA 不能记录"))));
        Long draft = fixture.draft(fixture.domestic);
        assertRefused(NotNumberedException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordContact(draft, contact(now, "草稿"))));
        assertRefused(FutureDateException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordContact(id, contact(now.plus(Duration.ofDays(1)), "明天的电话"))));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordContact(id, contact(now, " "))));
        assertRefused(ConstraintViolationException.class, () -> fixture.business.call(() -> fixture.businessDesk
                .recordContact(id, contact(now, "长".repeat(2001)))));

        SlipInput slip = fixture.slip(fixture.domestic);
        SlipInput aboutManager = new SlipInput(slip.customerId(), slip.abnormalityTypeId(), slip.contact(), slip.channel(),
                slip.receivedAt(), slip.orderNo(), slip.partNo(), slip.shipmentDate(), slip.quantityShipped(),
                slip.defectQuantity(), slip.customerRequests(), false, "投诉业务经理", false, slip.category(), null,
                "business-manager");
        Long recused = fixture.business.call(() -> fixture.businessDesk.createDraft(aboutManager));
        fixture.business.run(() -> fixture.businessDesk.submit(recused, fixture.version(recused), "", CaseFixture.PASSWORD));
        fixture.gmOffice.run(() -> fixture.gmOfficeDesk.accept(recused, fixture.version(recused), "", CaseFixture.PASSWORD));
        assertRefused(RecusedException.class, () -> colleague.call(() -> fixture.businessDesk.recordContact(recused,
                contact(now, "被投诉人自己联络客户"))));

        assertTrue(fixture.auditor.call(() -> queries.contacts(id)).isEmpty(), "nothing stored by a refusal");
        assertTrue(fixture.auditor.call(() -> queries.contacts(recused)).isEmpty());
    }
}
