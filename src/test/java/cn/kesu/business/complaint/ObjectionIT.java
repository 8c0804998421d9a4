package cn.kesu.business.complaint;

import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.business.complaint.action.NotNumberedException;
import cn.kesu.business.complaint.action.ObjectionRuledException;
import cn.kesu.business.complaint.signature.SignatureRefusedException;
import cn.kesu.business.complaint.slip.SlipDocuments;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.deadline.Inbox;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.complaint.Ruling;
import cn.kesu.model.user.Department;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * 签呈 (SPEC section 3): a department objects to a resolution, the gm rules, the ruling stays on the case
 * (its printing on the slip is {@code ComplaintSlipPdfTest}'s).
 */
class ObjectionIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @EJB
    Inbox inbox;

    @EJB
    SlipDocuments slips;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @Test
    void productionObjectsToItsShareAndTheGmsRulingIsRecordedOnTheCaseAndItsSlip() throws Exception {
        Long id = fixture.closed(fixture.domestic);

        Long objection = fixture.production.call(() -> fixture.objections.file(id, "喷涂课责任 70% 过高，炉温记录正常"));
        assertTrue(fixture.gm.call(() -> inbox.objections(true)).stream().anyMatch(o -> o.getId().equals(objection)),
                "waiting in the gm's inbox");
        long version = only(id).getVersion();
        fixture.gm.run(() -> fixture.objections.rule(objection, version, Ruling.UPHELD, "责任比例改为 50%，由总经理室更正",
                CaseFixture.PASSWORD));

        Objection ruled = only(id);
        assertEquals(Department.PRODUCTION, ruled.getDepartment());
        assertEquals("陈杰", ruled.getFiledByName());
        assertEquals(Ruling.UPHELD, ruled.getRuling());
        assertEquals("gm", ruled.getRulingSigned().getActor());
        assertEquals("吴刚", ruled.getRuledByName());
        assertFalse(fixture.gm.call(() -> inbox.objections(true)).stream().anyMatch(o -> o.getId().equals(objection)));
        assertTrue(fixture.auditor.call(() -> slips.signedSlip(id)).length > 1000, "the slip renders with the ruling");
    }

    @Test
    void anObjectionIsRuledOnceByTheGmOnlyWithATextAndHisSignature() throws Exception {
        Long id = fixture.atQa(fixture.domestic);
        Long objection = fixture.qa.call(() -> fixture.objections.file(id, "业务提供样品不足"));
        long version = only(id).getVersion();

        assertRefused(EJBAccessException.class, () -> fixture.gmOffice.run(() ->
                fixture.objections.rule(objection, version, Ruling.DISMISSED, "驳回", CaseFixture.PASSWORD)));
        assertRefused(EJBAccessException.class, () -> fixture.deputyGm.run(() ->
                fixture.objections.rule(objection, version, Ruling.DISMISSED, "驳回", CaseFixture.PASSWORD)));
        assertRefused(TextRequiredException.class, () -> fixture.gm.run(() ->
                fixture.objections.rule(objection, version, Ruling.DISMISSED, " ", CaseFixture.PASSWORD)));
        assertRefused(SignatureRefusedException.class, () -> fixture.gm.run(() ->
                fixture.objections.rule(objection, version, Ruling.DISMISSED, "驳回", "wrong")));
        assertRefused(cn.kesu.business.common.StaleRecordException.class, () -> fixture.gm.run(() ->
                fixture.objections.rule(objection, version + 1, Ruling.DISMISSED, "驳回", CaseFixture.PASSWORD)));
        fixture.gm.run(() -> fixture.objections.rule(objection, version, Ruling.DISMISSED, "样品已足够", CaseFixture.PASSWORD));
        long ruledVersion = only(id).getVersion();
        assertRefused(ObjectionRuledException.class, () -> fixture.gm.run(() ->
                fixture.objections.rule(objection, ruledVersion, Ruling.UPHELD, "改判", CaseFixture.PASSWORD)));
        assertEquals(Ruling.DISMISSED, only(id).getRuling());
    }

    @Test
    void objectionsNeedAnAcceptedCaseAReasonAndADepartment() throws Exception {
        Long draft = fixture.draft(fixture.domestic);
        assertRefused(NotNumberedException.class, () -> fixture.business.call(() -> fixture.objections.file(draft, "异议")));
        Long id = fixture.atQa(fixture.domestic);
        assertRefused(TextRequiredException.class, () -> fixture.production.call(() -> fixture.objections.file(id, "")));
        assertRefused(EJBAccessException.class, () -> fixture.auditor.call(() -> fixture.objections.file(id, "异议")));
        assertRefused(EJBAccessException.class, () -> fixture.admin.call(() -> fixture.objections.file(id, "异议")));
        assertTrue(fixture.auditor.call(() -> fixture.objections.ofCase(id)).isEmpty());
    }

    private Objection only(Long caseId) throws Exception {
        List<Objection> all = fixture.auditor.call(() -> fixture.objections.ofCase(caseId));
        assertEquals(1, all.size());
        return all.get(0);
    }
}
