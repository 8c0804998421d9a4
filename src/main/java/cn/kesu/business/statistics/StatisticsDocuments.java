package cn.kesu.business.statistics;

import cn.kesu.business.common.ChineseTexts;
import cn.kesu.infrastructure.pdf.FormText;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.ReportPdf;
import cn.kesu.model.statistics.StatisticsSnapshot;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports as signed PDFs (SPEC sections 6 and 8): the month's 客诉案件统计表 — its snapshot when
 * there is one (marked 未确认 until the GM office confirms it), else the live figures marked 即时数据 —
 * and the 客户投诉处理年报表, in one copy for the GM office.
 */
@Stateless
@RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR, Roles.QA, Roles.QA_MANAGER})
public class StatisticsDocuments {

    private static final List<String> COPIES = List.of("总经理室");
    private static final List<String> TOTALS = List.of("期间", "结案件数", "成立件数", "不良数量", "客诉金额（元）", "损失金额（元）",
            "再投诉（另计）");

    @EJB
    StatisticsDesk desk;

    @Inject
    PdfSigning signing;

    public byte[] month(YearMonth month) {
        StatisticsSnapshot snapshot = desk.snapshot(month);
        MonthlyFigures f = snapshot != null ? desk.figuresOf(snapshot) : desk.live(month);
        String state = snapshot == null ? "即时数据" : snapshot.isConfirmed() ? "已确认 " + snapshot.getConfirmation().getActor()
                : "月报快照，未确认";
        ReportPdf pdf = new ReportPdf("客诉案件统计表", month.getYear() + " 年 " + month.getMonthValue() + " 月结案案件 · "
                + state, snapshot != null && snapshot.isConfirmed() ? null : "未确认", COPIES)
                .section("总计", TOTALS, List.of(totals("本月", f.getTotals()), totals("上月", f.getPreviousMonth()),
                        totals("去年同月", f.getSameMonthLastYear())));
        breakdowns(pdf, f);
        return signing.sign(pdf.render(), "客诉案件统计表 " + month);
    }

    public byte[] year(Year year) {
        YearlyFigures f = desk.year(year);
        List<List<String>> months = new ArrayList<>();
        for (MonthTotals m : f.getMonths()) {
            months.add(totals(m.getMonth(), m.getTotals()));
        }
        ReportPdf pdf = new ReportPdf("客户投诉处理年报表", year + " 年结案案件 · 即时数据", null, COPIES)
                .section("总计", TOTALS, List.of(totals("本年", f.getTotals()), totals("上年", f.getPreviousYear())))
                .section("各月趋势", TOTALS, months);
        breakdowns(pdf, f);
        return signing.sign(pdf.render(), "客户投诉处理年报表 " + year);
    }

    private static void breakdowns(ReportPdf pdf, ReportFigures f) {
        pdf.section("责任单位（依责任比例加权）", List.of("责任单位 / 供应商", "件数", "占比 %"), figures(f.getByResponsible()));
        pdf.section("类别", List.of("类别", "件数", "占比 %"), figures(f.getByCategory()));
        pdf.section("投诉渠道", List.of("投诉渠道", "件数", "占比 %"), figures(f.getByChannel()));
        pdf.section("客户", List.of("客户", "件数", "占比 %"), figures(f.getByCustomer()));
        pdf.section("料号", List.of("料号", "件数", "占比 %"), figures(f.getByPart()));
        List<List<String>> rows = new ArrayList<>();
        for (Figure figure : f.getPareto()) {
            rows.add(List.of(label(figure), plain(figure.getCount()), plain(figure.getPercent()), plain(figure.getCumulative())));
        }
        pdf.section("异常类别柏拉图（影响度）", List.of("异常类别", "件数", "占比 %", "累计 %"), rows);
        List<List<String>> onTime = new ArrayList<>();
        for (DepartmentFigures d : f.getDepartments()) {
            onTime.add(List.of(ChineseTexts.of(d.getLabelKey()), String.valueOf(d.getSteps()), String.valueOf(d.getOnTime()),
                    plain(d.getRate()), String.valueOf(d.getReminders()), String.valueOf(d.getInvestigations()),
                    String.valueOf(d.getPauses()), String.valueOf(d.getOpenActions()), String.valueOf(d.getOverdueActions())));
        }
        pdf.section("各部门准时率、催办、查办、暂停计时与改善行动（期末进行中 8D 报告 " + f.getOpenEightDs() + " 份）",
                List.of("部门", "步骤数", "准时", "准时率 %", "催办单", "查办单", "暂停计时", "未完成行动", "逾期行动"), onTime);
        pdf.section("对客户承诺准时率", List.of("承诺事项", "应履行", "按时履行", "准时率 %"), f.getPromises().stream()
                .map(p -> List.of(ChineseTexts.of(p.getLabelKey()), String.valueOf(p.getDue()), String.valueOf(p.getOnTime()),
                        plain(p.getRate()))).toList());
    }

    private static List<List<String>> figures(List<Figure> figures) {
        return figures.stream().map(f -> List.of(label(f), plain(f.getCount()), plain(f.getPercent()))).toList();
    }

    private static List<String> totals(String period, Totals t) {
        return List.of(period, String.valueOf(t.getCases()), String.valueOf(t.getEstablished()), String.valueOf(t.getDefects()),
                FormText.money(t.getClaim()), FormText.money(t.getLoss()), String.valueOf(t.getRecomplaints()));
    }

    private static String label(Figure figure) {
        return figure.getLabelKey() != null ? ChineseTexts.of(figure.getLabelKey()) : figure.getLabel();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

}
