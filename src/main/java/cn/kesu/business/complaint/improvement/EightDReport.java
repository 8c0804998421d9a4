package cn.kesu.business.complaint.improvement;

import cn.kesu.business.common.ChineseTexts;
import cn.kesu.infrastructure.pdf.FormText;
import cn.kesu.infrastructure.pdf.NoticePdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.ReportPdf;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.complaint.Consolidation;
import cn.kesu.model.improvement.ActionKind;
import cn.kesu.model.improvement.EightD;
import cn.kesu.model.improvement.ImprovementAction;
import cn.kesu.model.improvement.RootCause;
import cn.kesu.model.improvement.VerificationLot;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 8D 报告 as a signed PDF (issue 14), Chinese with English headings, in two versions. The customer's carries the
 * problem, the cause, the actions and their dates, and the verification — no internal costs, penalties, evidence
 * references or person names. The internal one adds who did what, the evidence, and the case's approved claim, loss
 * and penalty proposal. Every reader of the case may download both.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class EightDReport {

    private static final List<String> ITEM = List.of("项目 Item", "内容 Content");

    @Inject
    ImprovementDesk desk;

    @Inject
    PdfSigning signing;

    @Inject
    Clock clock;

    /** The signed report of the case's 8D, the customer's version or the internal one; null when it has none. */
    public byte[] of(Long caseId, boolean forCustomer) {
        EightD eightD = desk.of(caseId).orElse(null);
        if (eightD == null) {
            return null;
        }
        Complaint c = eightD.getComplaint();
        String version = forCustomer ? "客户版 Customer version" : "内部版 Internal version";
        ReportPdf pdf = new ReportPdf("8D 报告 8D Report", c.label() + " · " + version,
                eightD.isClosed() ? null : "进行中", List.of(version));
        List<List<String>> head = new ArrayList<>();
        head.add(List.of("客户 Customer", c.getCustomer().getName()));
        head.add(List.of("料号 Part number", c.getSlip().getPartNo()));
        head.add(List.of("接获时间 Received", when(c.getSlip().getReceivedAt())));
        head.add(List.of("开立原因 Opened because", ChineseTexts.of(eightD.getReason().labelKey())));
        if (!forCustomer) {
            head.add(List.of("D1 小组 Team", text(eightD.getTeam())));
        }
        head.add(List.of("D2 问题描述 Problem", c.getSlip().getDescription()));
        pdf.section("D1–D2 概况 Overview", ITEM, head);

        RootCause cause = eightD.getRootCause();
        List<List<String>> d4 = new ArrayList<>();
        if (eightD.hasRootCause()) {
            d4.add(List.of("发生原因 Occurrence", cause.getOccurrence()));
            d4.add(List.of("流出原因 Escape", cause.getEscape()));
            d4.add(List.of("五个为什么 Five whys", text(cause.getWhyChain())));
            d4.add(List.of("原因代码 Cause code", cause.getCauseCode().getLabel()));
        } else {
            d4.add(List.of("状态 State", eightD.getReopenedBecause() == null ? "调查中 Under investigation"
                    : "重新调查 Reopened：" + eightD.getReopenedBecause()));
        }
        pdf.section("D4 根本原因 Root cause", ITEM, d4);

        List<String> actionColumns = forCustomer
                ? List.of("类别 Kind", "行动 Action", "明细 Detail", "负责部门 Owner", "期限 Due", "完成 Done")
                : List.of("类别 Kind", "行动 Action", "明细 Detail", "负责部门 Owner", "期限 Due", "完成 Done",
                "证据 Evidence");
        List<List<String>> actions = new ArrayList<>();
        for (ImprovementAction a : desk.actions(eightD.getId())) {
            String done = a.getCompletion() == null ? "未完成" : forCustomer ? when(a.getCompletion().getAt())
                    : FormText.signed(a.getCompletion(), clock.getZone());
            List<String> row = new ArrayList<>(List.of(ChineseTexts.of(a.getDiscipline().labelKey()) + " · "
                    + ChineseTexts.of(a.getKind().labelKey()), a.getDescription(), detail(a, forCustomer),
                    ChineseTexts.of(a.getOwner().labelKey()), when(a.getDueAt()), done));
            if (!forCustomer) {
                row.add(text(a.getEvidence()));
            }
            actions.add(row);
        }
        pdf.section("D3 围堵 · D5/D6 永久对策 · D7 预防再发 Actions", actionColumns, actions);

        List<List<String>> lots = new ArrayList<>();
        for (VerificationLot l : desk.lots(eightD.getId())) {
            lots.add(List.of(l.getLotNo(), l.getMadeOn().toString(), String.valueOf(l.getQuantity()),
                    String.valueOf(l.getInspected()), String.valueOf(l.getDefects()), text(l.getNote())));
        }
        pdf.section("效果确认 Verification（连续 " + eightD.getCleanLots() + " / " + desk.cleanLotsToClose()
                        + " 批无此不良）", List.of("批号 Lot", "日期 Date", "批量 Qty", "检验 Inspected", "不良 Defects",
                "说明 Note"), lots);

        List<List<String>> d8 = new ArrayList<>();
        d8.add(List.of("状态 State", eightD.isClosed() ? "已结案 Closed " + when(eightD.getClosing().getAt())
                : "进行中 Open"));
        if (!forCustomer) {
            if (eightD.isClosed()) {
                d8.add(List.of("结案人 Closed by", FormText.signed(eightD.getClosing(), clock.getZone())));
                d8.add(List.of("结案意见及表彰 Recognition", text(eightD.getRecognition())));
            }
            Consolidation k = c.getConsolidation();
            if (k != null) {
                d8.add(List.of("核准客诉金额 Claim", FormText.money(k.getClaimAmount())));
                d8.add(List.of("损失金额 Loss", FormText.money(k.getLossAmount())));
                d8.add(List.of("奖惩建议 Penalty proposal", text(k.getPenaltyProposal())));
            }
        }
        pdf.section("D8 结案 Closure", ITEM, d8);
        return signing.sign(pdf.render(), "8D 报告 " + c.label() + (forCustomer ? "（客户版）" : "（内部版）"));
    }

    /**
     * 暂停生产通知, signed: two copies (production's, QA's) with what is held and by when, production's confirmation
     * and QA's release. Null when there is no such hold or the caller may not read its case's 8D.
     */
    public byte[] holdNotice(Long actionId) {
        ImprovementAction hold = desk.action(actionId).filter(a -> a.getKind() == ActionKind.WIP_HOLD).orElse(null);
        if (hold == null) {
            return null;
        }
        Complaint c = hold.getComplaint();
        String number = "ZT" + hold.getAdded().getAt().atZone(clock.getZone()).toLocalDate()
                .format(DateTimeFormatter.BASIC_ISO_DATE).substring(2) + "-" + hold.getId();
        NoticePdf pdf = new NoticePdf("暂停生产通知", number, List.of("第一联 制造部", "第二联 质量管理部"))
                .field("客诉编号", c.label())
                .field("客户", c.getCustomer().getName())
                .field("料号", c.getSlip().getPartNo())
                .field("发出（质量管理部）", FormText.signed(hold.getAdded(), clock.getZone()))
                .field("落实期限", when(hold.getDueAt()))
                .field("制造部落实", hold.isDone() ? FormText.signed(hold.getCompletion(), clock.getZone()) + "："
                        + hold.getEvidence() : "未落实")
                .field("解除（质量管理部）", hold.getRelease() == null ? "未解除"
                        : FormText.signed(hold.getRelease(), clock.getZone()))
                .text("暂停范围及要求", hold.getDescription())
                .text("解除理由", text(hold.getReleaseReason()));
        if (hold.getRelease() != null) {
            pdf.watermark("已解除");
        }
        return signing.sign(pdf.render(), "暂停生产通知 " + number);
    }

    /** The kind's own record: a shipped lot, a sorting's quantities, a recall decision, a hold's release. */
    private String detail(ImprovementAction a, boolean forCustomer) {
        if (a.getShippedLot() != null) {
            return "批号 " + a.getShippedLot().getLotNo() + "，" + a.getShippedLot().getQuantity() + " 件，"
                    + ChineseTexts.of(a.getShippedLot().getLocation().labelKey());
        }
        if (a.getSorting() != null) {
            return "挑选 " + a.getSorting().getSorted() + "，不良 " + a.getSorting().getRejected() + "，放行 "
                    + a.getSorting().getReleased();
        }
        if (a.getRecall() != null) {
            return a.getRecall() ? "决定召回" : "决定不召回";
        }
        if (a.getKind() == ActionKind.WIP_HOLD) {
            return a.getRelease() == null ? (a.isDone() ? "暂停中" : "待落实")
                    : "已解除 " + (forCustomer ? when(a.getRelease().getAt())
                    : FormText.signed(a.getRelease(), clock.getZone()) + "：" + a.getReleaseReason());
        }
        return "";
    }

    private String when(Instant at) {
        return FormText.when(at, clock.getZone());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
