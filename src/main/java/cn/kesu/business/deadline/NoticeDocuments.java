package cn.kesu.business.deadline;

import cn.kesu.infrastructure.pdf.FormText;
import cn.kesu.infrastructure.pdf.NoticePdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.model.Handled;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The printable, signed 催办单 and 查办单 (two copies: the addressed department's, the GM office's),
 * for whoever may see the notice in the inbox.
 */
@Stateless
@RolesAllowed({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR})
public class NoticeDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    Membership membership;

    @Inject
    PdfSigning signing;

    @Inject
    Letters letters;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Null when there is no such reminder or the caller may not see it. */
    public byte[] reminder(Long id) {
        Reminder reminder = em.find(Reminder.class, id);
        if (reminder == null || !visible(reminder.getHolderDepartment(), reminder.isEscalated())) {
            return null;
        }
        ResourceBundle zh = Letters.chinese();
        String number = reminder.getNumber(clock.getZone());
        NoticePdf pdf = new NoticePdf(reminder.isEscalated() ? "催办单（呈总经理）" : "催办单", number,
                copies(zh, reminder.getHolderDepartment()))
                .field("客诉编号", reminder.getComplaint().label())
                .field("客户", reminder.getComplaint().getCustomer().getName())
                .field("催办对象", zh.getString(reminder.getKind().labelKey()) + "：" + zh.getString(reminder.aboutKey())
                        + (reminder.getAction() == null ? "" : " " + reminder.getAction().getDescription()))
                .field("步骤", zh.getString(reminder.getStep().labelKey()))
                .field("承办部门", zh.getString(reminder.getHolderDepartment().labelKey()))
                .field("部门主管", letters.managerOf(reminder.getHolderDepartment()))
                .field("第几次催办", String.valueOf(reminder.getSequence()))
                .field(Letters.dueLabel(reminder.getKind()), when(reminder.getDueAt()))
                .field("发出时间", when(reminder.getIssuedAt()))
                .field("逾期", Letters.span(reminder.overdueBy()))
                .field("签收", signed(reminder.getAcknowledgement()))
                .text("回复", reminder.getAnswer() == null ? "" : reminder.getAnswer() + "\n—— "
                        + signed(reminder.getReply()));
        return signing.sign(pdf.render(), "催办单 " + number);
    }

    public byte[] investigation(Long id) {
        Investigation investigation = em.find(Investigation.class, id);
        if (investigation == null || !visible(investigation.getHolderDepartment(), false)) {
            return null;
        }
        ResourceBundle zh = Letters.chinese();
        String number = investigation.getNumber(clock.getZone());
        NoticePdf pdf = new NoticePdf("查办单", number, copies(zh, investigation.getHolderDepartment()))
                .field("客诉编号", investigation.getComplaint().getNumber())
                .field("客户", investigation.getComplaint().getCustomer().getName())
                .field("步骤", zh.getString(investigation.getStep().labelKey()))
                .field("承办部门", zh.getString(investigation.getHolderDepartment().labelKey()))
                .field("步骤期限", when(investigation.getDueAt()))
                .field("完成时间", when(investigation.getFinishedAt()))
                .field("逾期", Letters.span(investigation.lateBy()))
                .field("结案（总经理室）", signed(investigation.getClosing()))
                .text("逾期原因", investigation.getCause() == null ? "" : investigation.getCause() + "\n—— "
                        + signed(investigation.getCauseStated()));
        return signing.sign(pdf.render(), "查办单 " + number);
    }

    private boolean visible(Department addressee, boolean escalated) {
        return inbox.seesAll() || escalated && session.isCallerInRole(Roles.GM)
                || addressee == membership.departmentOf(session.getCallerPrincipal().getName());
    }

    private static List<String> copies(ResourceBundle zh, Department addressee) {
        return List.of("第一联 " + zh.getString(addressee.labelKey()), "第二联 总经理室");
    }

    private String when(Instant at) {
        return FormText.when(at, clock.getZone());
    }

    private String signed(Handled handled) {
        return FormText.signed(handled, clock.getZone());
    }
}
