package cn.kesu.business.deadline;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the e-mails of reminders and investigations, in Chinese with the procedure's own words, to
 * the members of the addressed department (its manager among them) and, for an escalation, the gm.
 */
@ApplicationScoped
public class Letters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Letter of(Reminder reminder) {
        ResourceBundle zh = chinese();
        Complaint complaint = reminder.getComplaint();
        String number = reminder.getNumber(clock.getZone());
        String step = zh.getString(reminder.getStep().labelKey());
        String department = zh.getString(reminder.getHolderDepartment().labelKey());
        String promise = reminder.getKind() == ReminderKind.PROMISE
                ? zh.getString(reminder.getPromise().getKind().labelKey()) : null;
        String subject = (reminder.isEscalated() ? "【催办单·呈总经理】" : "【催办单】") + number + " 客诉 "
                + complaint.label() + " " + switch (reminder.getKind()) {
                    case CASE -> "结案";
                    case PROMISE -> "对客户承诺“" + promise + "”";
                    case ACTION -> "8D " + zh.getString(reminder.getAction().getDiscipline().labelKey()) + "行动";
                    case STEP -> step;
                } + " 已逾期 " + span(reminder.overdueBy());
        StringBuilder body = new StringBuilder();
        body.append("催办单 ").append(number).append("（第 ").append(reminder.getSequence()).append(" 次）\n\n")
                .append("客诉编号：").append(complaint.label()).append('\n')
                .append("客户：").append(complaint.getCustomer().getName()).append('\n');
        if (promise != null) {
            body.append("未按时履行的对客户承诺：").append(promise).append("（案件目前在：").append(step).append("）\n");
        } else if (reminder.getAction() != null) {
            body.append("逾期的 8D 行动：").append(reminder.getAction().getDescription()).append('\n');
        } else {
            body.append(reminder.getKind() == ReminderKind.CASE ? "结案期限已过，案件目前在：" : "逾期步骤：")
                    .append(step).append('\n');
        }
        body.append("承办部门：").append(department).append('\n')
                .append("部门主管：").append(managerOf(reminder.getHolderDepartment())).append('\n')
                .append(dueLabel(reminder.getKind())).append('：')
                .append(WHEN.format(reminder.getDueAt().atZone(clock.getZone()))).append('\n')
                .append("已逾期：").append(span(reminder.overdueBy())).append("\n\n");
        if (reminder.isEscalated()) {
            body.append("此前的催办单均未回复，现呈报总经理。\n");
        }
        body.append("请尽快处理，并在客诉系统的“催办与查办”中签收或回复。\n");
        List<String> to = new ArrayList<>();
        reminder.addressees().forEach(role -> to.addAll(holders(role)));
        return new Letter(subject, body.toString(), to.stream().distinct().toList(),
                "<reminder-" + reminder.getId() + "@kesu>", reminder.getHolderDepartment());
    }

    /** What the reminder's deadline is called: the case's, the promise's or the step's. */
    static String dueLabel(ReminderKind kind) {
        return switch (kind) {
            case CASE -> "结案期限";
            case PROMISE -> "承诺期限";
            case ACTION -> "行动期限";
            case STEP -> "步骤期限";
        };
    }

    public Letter of(Investigation investigation) {
        ResourceBundle zh = chinese();
        Complaint complaint = investigation.getComplaint();
        String number = investigation.getNumber(clock.getZone());
        String step = zh.getString(investigation.getStep().labelKey());
        String subject = "【查办单】" + number + " 客诉 " + complaint.getNumber() + " " + step + " 逾期 "
                + span(investigation.lateBy());
        String body = "查办单 " + number + "\n\n"
                + "客诉编号：" + complaint.getNumber() + '\n'
                + "逾期步骤：" + step + '\n'
                + "承办部门：" + zh.getString(investigation.getHolderDepartment().labelKey()) + '\n'
                + "步骤期限：" + WHEN.format(investigation.getDueAt().atZone(clock.getZone())) + '\n'
                + "完成时间：" + WHEN.format(investigation.getFinishedAt().atZone(clock.getZone())) + '\n'
                + "逾期：" + span(investigation.lateBy()) + "\n\n"
                + "本案已结案。请在客诉系统的“催办与查办”中填写逾期原因，由总经理室结案。\n";
        return new Letter(subject, body, members(investigation.getHolderDepartment()),
                "<investigation-" + investigation.getId() + "@kesu>", investigation.getHolderDepartment());
    }

    /** 重大客诉通报 to the gm: which case, how severe, why, and where it stands. */
    public Letter of(SeverityNotice notice) {
        ResourceBundle zh = chinese();
        Complaint complaint = notice.getComplaint();
        String number = notice.getNumber(clock.getZone());
        String severity = zh.getString(notice.getSeverity().labelKey());
        String subject = "【重大客诉通报】" + number + " 客诉 " + complaint.getNumber() + " 为" + severity + "案件";
        String body = "重大客诉通报 " + number + "\n\n"
                + "客诉编号：" + complaint.getNumber() + '\n'
                + "客户：" + complaint.getCustomer().getName() + '\n'
                + "料号：" + complaint.getSlip().getPartNo() + '\n'
                + "严重度：" + severity + '\n'
                + "原因：" + zh.getString(notice.getReason().labelKey())
                + (notice.getNote() == null ? "" : "（" + notice.getNote() + "）") + '\n'
                + "目前步骤：" + zh.getString(complaint.getCurrentStep().labelKey()) + '\n'
                + "通报时间：" + WHEN.format(notice.getIssuedAt().atZone(clock.getZone())) + "\n\n"
                + "依客户投诉管理制度，重大及危机客诉须于 24 小时内呈报总经理，并由总经理核决。"
                + "请在客诉系统的“催办与查办”中签收。\n";
        return new Letter(subject, body, holders(Role.GM), "<severity-" + notice.getId() + "@kesu>",
                Department.GM_OFFICE);
    }

    /** "2天3小时", "5小时", "10分钟": how late, as the slips say it (notices are written in Chinese). */
    public static String span(Duration duration) {
        return span(duration, chinese());
    }

    /** How late, in the language of {@code texts}: "2天3小时" in Chinese, "2 d 3 h" in English. */
    public static String span(Duration duration, ResourceBundle texts) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        if (days > 0) {
            return hours > 0 ? format(texts, "span.daysHours", days, hours) : format(texts, "span.days", days);
        }
        return hours > 0 ? format(texts, "span.hours", hours) : format(texts, "span.minutes", minutes);
    }

    private static String format(ResourceBundle texts, String key, Object... numbers) {
        return MessageFormat.format(texts.getString(key), numbers);
    }

    /** The names of the department's head(s), "—" where it has none. */
    public String managerOf(Department department) {
        Role role = department.managerRole();
        if (role == null) {
            return "—";
        }
        List<String> names = em.createQuery("select u.fullName from AppUser u join u.roles r where r = :role"
                + " and u.enabled = true order by u.username", String.class).setParameter("role", role).getResultList();
        return names.isEmpty() ? "—" : String.join("、", names);
    }

    private List<String> members(Department department) {
        return new ArrayList<>(em.createQuery("select u.email from AppUser u where u.department = :dept"
                        + " and u.enabled = true and u.email is not null order by u.username", String.class)
                .setParameter("dept", department).getResultList());
    }

    private List<String> holders(Role role) {
        return new ArrayList<>(em.createQuery("select u.email from AppUser u join u.roles r where r = :role"
                        + " and u.enabled = true and u.email is not null order by u.username", String.class)
                .setParameter("role", role).getResultList());
    }

    /** The Chinese texts of the screens: notices are written in Chinese whatever the reader's language. */
    static ResourceBundle chinese() {
        return ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE);
    }
}
