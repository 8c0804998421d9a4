package cn.kesu.business.deadline;

import cn.kesu.model.settings.ChatRobot;
import cn.kesu.model.user.Department;
import cn.kesu.business.common.ChineseTexts;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 群机器人通知: each notice (催办单, 查办单, missed promises to customers, 重大客诉通报) also goes to the group robot of
 * its department in 企业微信 or 钉钉, with the mail's claims, retries and working hours ({@link Outbox}). A department
 * without an enabled robot gets no message, and the notice is settled for this channel.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeChat {

    static final String NO_ROBOT = "未配置群机器人";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    ChatPost post;

    @Inject
    MailClaims claims;

    /** 发送测试消息: a message to the department's robot now, so the administrator sees it arrive; how it went. */
    @RolesAllowed(Roles.ADMIN)
    public Outbox.Outcome sendTest(@NotNull Department department) {
        ChatRobot robot = em.createNamedQuery(ChatRobot.OF_DEPARTMENT, ChatRobot.class)
                .setParameter("department", department).getResultStream().findFirst().orElse(null);
        if (robot == null) {
            return new Outbox.Outcome.Settled(NO_ROBOT);
        }
        String name = ChineseTexts.of(department.labelKey());
        return post.post(robot, new Letter("【客诉】群机器人测试", "这是客诉系统发给" + name
                + "的测试消息：催办单、查办单、对客户承诺的逾期与重大客诉通报会发到这个群。", List.of(), null, department));
    }

    /** Posts what is due; returns how many messages the robots took. */
    @PermitAll
    public int sendDue() {
        Map<Department, ChatRobot> robots = new EnumMap<>(Department.class);
        em.createNamedQuery(ChatRobot.ALL, ChatRobot.class).getResultStream().filter(ChatRobot::isEnabled)
                .forEach(robot -> robots.put(robot.getDepartment(), robot));
        if (robots.isEmpty()) {
            // A site without robots (most, and every one before its administrator sets them): nothing to claim.
            for (MailClaims.Kind kind : MailClaims.Kind.values()) {
                claims.settleAllDue(kind, MailClaims.Channel.CHAT, NO_ROBOT);
            }
            return 0;
        }
        // A robot that refused or did not answer is not tried again in this run: each try may wait 15 seconds, and
        // the platforms take only some messages a minute anyway. Its notices are retried later, like a refused one.
        Map<Department, String> refused = new EnumMap<>(Department.class);
        return outbox.drain(MailClaims.Channel.CHAT, letter -> {
            ChatRobot robot = robots.get(letter.department());
            if (robot == null) {
                return new Outbox.Outcome.Settled(NO_ROBOT);
            }
            if (refused.containsKey(letter.department())) {
                return new Outbox.Outcome.Refused(refused.get(letter.department()));
            }
            Outbox.Outcome outcome = post.post(robot, letter);
            if (outcome instanceof Outbox.Outcome.Refused why) {
                refused.put(letter.department(), why.why());
            }
            return outcome;
        });
    }
}
