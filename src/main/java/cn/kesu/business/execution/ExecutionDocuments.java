package cn.kesu.business.execution;

import cn.kesu.business.common.ChineseTexts;
import cn.kesu.infrastructure.pdf.FormText;
import cn.kesu.infrastructure.pdf.NoticePdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.model.Handled;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.Voiding;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * The signed execution documents (SPEC section 6): the 销货折让证明单 in two copies (business, accounting)
 * and the 成品退货单 in four (1 business self-kept, 2 warehouse, 3 accounting, 4 business), for every
 * reader of the case.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class ExecutionDocuments {

    static final List<String> ALLOWANCE_COPIES = List.of("第一联 业务部", "第二联 会计科");
    static final List<String> RETURN_COPIES = List.of("第一联 业务部（自存）", "第二联 成品仓储", "第三联 会计科", "第四联 业务部");
    @PersistenceContext
    EntityManager em;

    @Inject
    PdfSigning signing;

    @Inject
    Clock clock;

    /** Null when there is no such note. */
    public byte[] allowanceNote(Long id) {
        AllowanceNote note = em.find(AllowanceNote.class, id);
        if (note == null) {
            return null;
        }
        Complaint c = note.getComplaint();
        String number = note.getNumber(clock.getZone());
        NoticePdf pdf = new NoticePdf("销货折让证明单", number, ALLOWANCE_COPIES)
                .field("客诉编号", c.getNumber())
                .field("客户", c.getCustomer().getLabel())
                .field("订单编号", c.getSlip().getOrderNo())
                .field("料号", c.getSlip().getPartNo())
                .field("处理方式", ChineseTexts.of(note.getDisposition().labelKey()))
                .field("金额（元）", FormText.money(note.getAmount()))
                .field("核准金额（元）", FormText.money(c.getConsolidation().getClaimAmount()))
                .field("核决人", ChineseTexts.of(c.getApproverRole().labelKey()))
                .field("开立", signed(note.getIssued()))
                .field("核决人会签", signed(note.getCountersigned()))
                .field("客户签回", note.getCustomerSigner() == null ? "" : note.getCustomerSigner() + " "
                        + note.getCustomerSignedOn())
                .field("会计入账", note.getVoucherNo() == null ? "" : "传票 " + note.getVoucherNo() + "，"
                        + signed(note.getPosted()))
                .text("折让原因", note.getReason());
        voiding(pdf, note.getVoiding());
        return signing.sign(pdf.render(), "销货折让证明单 " + number);
    }

    public byte[] returnNote(Long id) {
        ReturnNote note = em.find(ReturnNote.class, id);
        if (note == null) {
            return null;
        }
        Complaint c = note.getComplaint();
        String number = note.getNumber(clock.getZone());
        NoticePdf pdf = new NoticePdf("成品退货单", number, RETURN_COPIES)
                .field("客诉编号", c.getNumber())
                .field("客户", c.getCustomer().getLabel())
                .field("订单编号", c.getSlip().getOrderNo())
                .field("料号", c.getSlip().getPartNo())
                .field("处理方式", ChineseTexts.of(note.getDisposition().labelKey()))
                .field("核准数量", String.valueOf(note.getApprovedQuantity()))
                .field("实收数量", note.getReceivedQuantity() == null ? "" : note.getReceivedQuantity() + "（"
                        + signed(note.getReceived()) + "）")
                .field("允收比率", note.getToleranceRatio() == null ? ""
                        : note.getToleranceRatio().movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                .field("入账数量", note.getPostedQuantity() == null ? "" : note.getPostedQuantity() + "（传票 "
                        + note.getVoucherNo() + "，" + signed(note.getPosted()) + "）")
                .field("状态", ChineseTexts.of(note.stateKey()))
                .field("开立", signed(note.getIssued()))
                .field("业务经理批示", signed(note.getReleased()))
                .field("差异核准", signed(note.getVarianceDecided()))
                .text("退货原因", note.getReason())
                .text("处理方式说明", note.getHandling())
                .text("数量差异说明", note.getVarianceExplanation());
        voiding(pdf, note.getVoiding());
        return signing.sign(pdf.render(), "成品退货单 " + number);
    }

    /** A voided note is printed across as 作废, with who asked, who countersigned and why (issue 15, item 4). */
    private void voiding(NoticePdf pdf, Voiding voiding) {
        if (voiding == null) {
            return;
        }
        pdf.field("申请作废", signed(voiding.getRequested()))
                .field("作废会签", signed(voiding.getVoided()))
                .text("作废原因", voiding.getReason())
                .watermark(voiding.isVoided() ? "作废" : null);
    }

    /** Who did it and when, or blank while it is not done. */
    private String signed(Handled handled) {
        return FormText.signed(handled, clock.getZone());
    }

}
