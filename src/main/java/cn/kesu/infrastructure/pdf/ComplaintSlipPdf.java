package cn.kesu.infrastructure.pdf;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.complaint.PersonRef;
import cn.kesu.model.complaint.Responsibility;
import cn.kesu.model.complaint.Signature;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.SupplierClaim;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * 客户抱怨处理表 as the paper form: the slip fields, each department's findings, every signature with
 * its opinion, the approval and dispositions with their documents, supplier claims, objections and the
 * gm's rulings, linked slips, the follow-up, and the attachments, in five copies (第一联 质量管理部 …
 * 第五联 总经理室). Slips not yet numbered carry a 草稿 watermark, open ones 处理中.
 */
public class ComplaintSlipPdf extends PdfDocument {

    public static final String CASE_ID = "KesuCaseId";
    public static final String CASE_VERSION = "KesuCaseVersion";
    static final List<String> COPIES = List.of("第一联 质量管理部", "第二联 制造部门", "第三联 业务部门", "第四联 会计科",
            "第五联 总经理室");

    /** An attachment to list; images carry their bytes for a thumbnail. */
    public record AttachedFile(String fileName, byte[] image) {
    }

    private final Complaint c;
    private final List<AttachedFile> attachments;
    private final SlipAnnex annex;
    private final String company;
    private final ZoneId zone;
    private final ResourceBundle texts = ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE);

    private final Map<String, String> personLabels;

    public ComplaintSlipPdf(Complaint complaint, List<AttachedFile> attachments, String company, ZoneId zone) {
        this(complaint, attachments, SlipAnnex.none(), company, zone);
    }

    public ComplaintSlipPdf(Complaint complaint, List<AttachedFile> attachments, SlipAnnex annex, String company,
                            ZoneId zone) {
        this(complaint, attachments, annex, company, zone, Map.of());
    }

    /** With the names the named persons (被投诉人, 责任人) print as, e.g. "王芳（business-manager）". */
    public ComplaintSlipPdf(Complaint complaint, List<AttachedFile> attachments, SlipAnnex annex, String company,
                            ZoneId zone, Map<String, String> personLabels) {
        this.personLabels = personLabels;
        this.c = complaint;
        this.attachments = attachments;
        this.annex = annex;
        this.company = company;
        this.zone = zone;
    }

    private String person(String ref) {
        return personLabels.getOrDefault(ref, PersonRef.isExternal(ref) ? PersonRef.externalName(ref) + "（外部）" : ref);
    }

    @Override
    protected List<String> copies() {
        return COPIES;
    }

    @Override
    protected String title() {
        return "客户抱怨处理表";
    }

    @Override
    protected String subtitle() {
        return company + "    客诉编号：" + (c.getNumber() == null ? "（未编号）" : c.getNumber())
                + "    当前步骤：" + text(c.getCurrentStep().labelKey());
    }

    /** Which case, at which version, the slip shows: an auditor's check compares them with the case today. */
    @Override
    protected java.util.Map<String, String> info() {
        return java.util.Map.of(CASE_ID, String.valueOf(c.getId()), CASE_VERSION, String.valueOf(c.getVersion()));
    }

    @Override
    protected String watermark() {
        if (c.getNumber() == null) {
            return "草稿 DRAFT";
        }
        return c.getCurrentStep().isEnd() ? null : "处理中";
    }

    @Override
    protected void body(Document d) throws DocumentException {
        var s = c.getSlip();
        d.add(fields(2,
                "客户", c.getCustomer().getLabel() + (c.getCustomer().isForeign() ? "（国外）" : "（国内）"),
                "联系人", s.getContact(),
                "投诉渠道", text(s.getChannel().labelKey()), "接获时间", timeOf(s.getReceivedAt()),
                "订单编号", s.getOrderNo(), "料号", s.getPartNo(),
                "交运日期", s.getShipmentDate() == null ? "" : s.getShipmentDate().toString(),
                "交运数量 / 不良数量", s.isQuantitiesPending() ? "客户加工中未确定"
                        : s.getQuantityShipped() + " / " + s.getDefectQuantity(),
                "客户要求", s.getCustomerRequests().stream().map(r -> text(r.labelKey())).sorted().collect(Collectors.joining("、")),
                "类别", text(s.getCategory().labelKey()),
                "异常类别", c.getAbnormalityType() == null ? "" : c.getAbnormalityType().getLabel(),
                "严重度", text(c.getSeverity().labelKey()),
                "已收到样品", s.isSampleReceived() ? "是" : "否", "受理时间", timeOf(c.getAcceptedAt()),
                "结案期限", timeOf(c.getCaseDueAt()), "结案时间", timeOf(c.getClosedAt())));
        d.add(textBlock("异常描述", s.getDescription()));
        d.add(textBlock("业务签注意见", s.getBusinessRemark()));
        if (s.getComplainedPerson() != null) {
            d.add(fields(1, "被投诉人", person(s.getComplainedPerson())));
        }
        if (s.getReportRequestedBy() != null) {
            d.add(fields(1, "客户要求报告日期", s.getReportRequestedBy().toString()));
        }

        if (c.getQa() != null) {
            d.add(section("质量管理部调查"));
            d.add(fields(2, "客诉成立", c.getQa().isEstablished() ? "成立" : "不成立",
                    "特殊异常", c.getQa().isSpecial() ? "是（送研发部）" : "否",
                    "原因代码", c.getQaCauseCode() == null ? "" : c.getQaCauseCode().getLabel(),
                    "责任归属", c.getResponsibilities().stream().map(ComplaintSlipPdf::share).collect(Collectors.joining("；")),
                    "责任人", c.getResponsiblePersons().stream().map(this::person).sorted().collect(Collectors.joining("、")),
                    "围堵（不良影响范围）", c.getQa().hasContainmentText() ? "" : "见 8D 报告 D3"));
            if (c.getQa().hasContainmentText()) {
                // Investigations signed before containment became 8D actions kept it on the slip.
                d.add(fields(2, "已出货受影响批次", c.getQa().getAffectedLots(),
                        "召回", Boolean.TRUE.equals(c.getQa().getRecall()) ? "是" : "否",
                        "暂停生产", Boolean.TRUE.equals(c.getQa().getWipHeld()) ? "是" : "否",
                        "库存挑选", c.getQa().getStockSorted()));
            }
            d.add(textBlock("原因分析", c.getQa().getCause()));
        }
        if (c.getProduction() != null) {
            var p = c.getProduction();
            d.add(section("制造部异常分析"));
            d.add(fields(2, "生产单位", p.getProductionUnit(), "机台 / 班别", p.getMachineShift(),
                    "作业员", p.getOperator(), "生产日期", p.getProductionDate() == null ? "" : p.getProductionDate().toString()));
            d.add(textBlock("异常原因", p.getCause()));
            d.add(textBlock("临时对策", p.getTemporaryMeasure()));
            d.add(textBlock("永久对策", p.getPermanentMeasure()));
        }
        if (c.getRndOpinion() != null) {
            d.add(section("研发部意见"));
            d.add(textBlock("意见", c.getRndOpinion()));
        }
        if (c.getHandling() != null) {
            var h = c.getHandling();
            d.add(section("业务处理意见"));
            d.add(fields(2, "拟退货数量", String.valueOf(orBlank(h.getProposedReturnQuantity())),
                    "拟折让 / 赔款", FormText.money(h.getProposedAmount())));
            d.add(textBlock("处理意见", h.getProposal()));
            d.add(textBlock("与客户交涉结果", h.getNegotiationResult()));
        }
        if (c.getConsolidation() != null) {
            Consolidation k = c.getConsolidation();
            d.add(section("总经理室综合意见与核决"));
            d.add(fields(2, "处理方式", k.getDispositions().stream().map(x -> text(x.labelKey())).sorted()
                            .collect(Collectors.joining("、")),
                    "客诉金额", FormText.money(k.getClaimAmount()),
                    "损失金额合计", FormText.money(k.getLossAmount()),
                    "损失明细", "产品 " + FormText.money(k.getLossProductValue()) + "，运费 " + FormText.money(k.getLossFreight())
                            + "，重工 " + FormText.money(k.getLossRework()) + "，报废 " + FormText.money(k.getLossScrap())
                            + "，赔偿 " + FormText.money(k.getLossCompensation()) + "，其他 " + FormText.money(k.getLossOther()),
                    "需追踪改善", Boolean.TRUE.equals(k.getTrackingNeeded()) ? "是" : "否（人为疏忽免列案追踪）",
                    "退换货单价", k.getGoodsUnitPrice() == null ? "" : k.getGoodsUnitPrice().stripTrailingZeros().toPlainString()
                            + (k.isUnitPriceFromCatalog() ? "（取自料号目录）" : ""),
                    "退换货价值", FormText.money(k.goodsValue()),
                    "核决金额", FormText.money(k.approvalAmount().amount()) + "（" + text(k.approvalAmount().basis().labelKey()) + "）",
                    "核决人", c.getApproverRole() == null ? "（不成立，免核决）" : text(c.getApproverRole().labelKey())));
            d.add(textBlock("奖惩建议", k.getPenaltyProposal()));
        }
        execution(d);
        resolution(d);

        d.add(section("签核记录"));
        PdfPTable signatures = new PdfPTable(new float[]{1.4f, 1.4f, 1.8f, 1.2f, 3f});
        signatures.setWidthPercentage(100);
        signatures.setHeaderRows(1);
        signatures.setSplitLate(false);
        for (String head : List.of("步骤", "签核意义", "签核人", "时间", "意见")) {
            signatures.addCell(label(head));
        }
        for (Signature g : c.getSignatures()) {
            signatures.addCell(value(text(g.getStep().labelKey())));
            signatures.addCell(value(text(g.getMeaning().labelKey())));
            signatures.addCell(value(g.getFullName() + "（" + g.getUsername() + "）\n" + text(g.getRole().labelKey())
                    + " · " + text(g.getDepartment().labelKey())));
            signatures.addCell(value(timeOf(g.getSignedAt())));
            signatures.addCell(value(g.getOpinion()));
        }
        d.add(signatures);

        if (!attachments.isEmpty()) {
            d.add(section("附件"));
            for (AttachedFile file : attachments) {
                d.add(new Paragraph("· " + file.fileName(), TEXT));
                if (file.image() != null) {
                    try {
                        Image thumbnail = Image.getInstance(file.image());
                        thumbnail.scaleToFit(160, 120);
                        d.add(thumbnail);
                    } catch (IOException | RuntimeException unreadableImage) {
                        d.add(new Paragraph("（图片无法显示）", LABEL));
                    }
                }
            }
        }
        if (c.getCurrentStep().isEnd()) {
            d.add(new Paragraph("本表经核签结案，" + switch (c.getCurrentStep()) {
                case INVALID -> "客诉不成立。";
                case NOT_ACCEPTED -> "客户不接受处理结论，转新单；未入账单据作废。";
                default -> "依批示处理完毕。";
            }, LABEL));
        }
    }

    /** 依批示处理: the documents with where they stand, and the customer's acknowledgement. */
    private void execution(Document d) throws DocumentException {
        if (annex.returns().isEmpty() && annex.allowances().isEmpty() && c.getAcknowledgement() == null) {
            return;
        }
        d.add(section("依批示处理"));
        if (c.getConsolidation() != null) {
            d.add(fields(2, "核准退货数量", String.valueOf(orBlank(c.getConsolidation().getReturnQuantity())),
                    "影响应收账款", c.getConsolidation().isAffectingReceivables() ? "是（不计入业务员收款率）" : "否"));
        }
        PdfPTable documents = table(new float[]{1.6f, 1f, 2.4f, 1.6f}, "单据", "处理方式", "数量 / 金额", "状态");
        for (ReturnNote n : annex.returns()) {
            documents.addCell(value("成品退货单 " + n.getNumber(zone)));
            documents.addCell(value(text(n.getDisposition().labelKey())));
            documents.addCell(value("核准 " + n.getApprovedQuantity()
                    + (n.getReceivedQuantity() == null ? "" : "，实收 " + n.getReceivedQuantity())
                    + (n.getPostedQuantity() == null ? "" : "，入账 " + n.getPostedQuantity() + "（传票 " + n.getVoucherNo() + "）")
                    + (n.getVarianceExplanation() == null ? "" : "\n差异说明：" + n.getVarianceExplanation())));
            documents.addCell(value(text(n.stateKey())));
        }
        for (AllowanceNote n : annex.allowances()) {
            documents.addCell(value("销货折让证明单 " + n.getNumber(zone)));
            documents.addCell(value(text(n.getDisposition().labelKey())));
            documents.addCell(value(FormText.money(n.getAmount()) + " 元" + (n.getCustomerSigner() == null ? ""
                    : "，客户签回：" + n.getCustomerSigner()) + (n.getVoucherNo() == null ? "" : "（传票 " + n.getVoucherNo() + "）")));
            documents.addCell(value(text(n.stateKey())));
        }
        d.add(documents);
        if (c.getAcknowledgement() != null) {
            d.add(textBlock("客户确认说明", c.getAcknowledgement().getText()));
        }
    }

    /** Supplier claims, 签呈 with their rulings, linked slips and the follow-up. */
    private void resolution(Document d) throws DocumentException {
        if (!annex.supplierClaims().isEmpty()) {
            d.add(section("供应商索赔"));
            PdfPTable claims = table(new float[]{2f, 1f, 1.4f, 2.4f}, "供应商", "责任比例", "索赔金额", "结清");
            for (SupplierClaim k : annex.supplierClaims()) {
                claims.addCell(value(k.getSupplier().getLabel()));
                claims.addCell(value(k.getSharePercent() + "%"));
                claims.addCell(value(FormText.money(k.getAmount())));
                claims.addCell(value(k.isSettled() ? FormText.money(k.getSettledAmount()) + " " + timeOf(k.getSettlement().getAt())
                        + (k.getSettlementNote() == null ? "" : "\n" + k.getSettlementNote()) : "未结清"));
            }
            d.add(claims);
        }
        if (!annex.objections().isEmpty()) {
            d.add(section("签呈"));
            PdfPTable objections = table(new float[]{1.6f, 3f, 3f}, "提出", "理由", "总经理批示");
            for (Objection o : annex.objections()) {
                objections.addCell(value(text(o.getDepartment().labelKey()) + "\n" + o.getFiledByName() + " "
                        + timeOf(o.getFiled().getAt())));
                objections.addCell(value(o.getReason()));
                objections.addCell(value(o.isRuled() ? text(o.getRuling().labelKey()) + "：" + o.getRulingText() + "\n—— "
                        + o.getRuledByName() + " " + timeOf(o.getRulingSigned().getAt()) : "待批示"));
            }
            d.add(objections);
        }
        if (c.getOriginalCase() != null || !annex.continuations().isEmpty()) {
            d.add(section("关联客诉"));
            d.add(fields(2, "原抱怨表", c.getOriginalCase() == null ? "" : c.getOriginalCase().getNumber() + "（"
                            + text(c.getLinkReason().labelKey()) + "）",
                    "后续抱怨表", String.join("、", annex.continuations())));
        }
        if (c.getFollowUp() != null) {
            d.add(section("回访"));
            d.add(fields(2, "客户满意度", c.getFollowUp().getRating().score() + " " + text(c.getFollowUp().getRating().labelKey()),
                    "回访时间", timeOf(c.getFollowUp().getRecordedAt()) + " " + c.getFollowUp().getRecordedBy()));
            d.add(textBlock("客户意见", c.getFollowUp().getNote()));
        }
    }

    private String timeOf(Instant at) {
        return FormText.when(at, zone);
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String heading : headings) {
            table.addCell(label(heading));
        }
        return table;
    }

    private static String share(Responsibility r) {
        return r.getParty().getLabel() + " " + r.getSharePercent() + "%";
    }

    private String text(String key) {
        return texts.getString(key);
    }



    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }
}
