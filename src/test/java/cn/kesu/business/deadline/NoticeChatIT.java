package cn.kesu.business.deadline;

import cn.kesu.business.settings.ChatRobots;
import cn.kesu.business.settings.InvalidChatRobotException;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.ReminderKind;
import cn.kesu.model.settings.ChatPlatform;
import cn.kesu.model.settings.ChatRobot;
import cn.kesu.model.user.Department;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import cn.kesu.support.RobotServlet;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.kesu.support.MovableClock.shanghai;
import static cn.kesu.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 群机器人: notices posted to the department's robot of 企业微信 or 钉钉 (a servlet of the test deployment plays the
 * robot), with the mail's rules: working hours, one claim, retries after a refusal, each notice once. The QA step
 * of a case accepted on Monday 2 March 2026 09:00 is due Thursday 5 March 09:00.
 */
class NoticeChatIT extends InContainerTest {

    private static final String SECRET = "SEC0123456789abcdef";

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    Notices notices;

    @EJB
    ReminderScan scan;

    @EJB
    NoticeChat chat;

    @EJB
    ChatRobots robots;

    @EJB
    MailClaims claims;

    @AfterEach
    void robotsOffAndRealTime() throws Exception {
        for (ChatRobot robot : fixture.admin.call(() -> robots.robots()).values()) {
            fixture.admin.call(() -> robots.configure(robot.getDepartment(), robot.getPlatform(), robot.getUrl(), null, false));
        }
        clock.reset();
    }

    @Test
    void anOverdueStepIsPostedToTheDepartmentsDingTalkRobotSignedAndOnlyOnce() throws Exception {
        robot(Department.QA, ChatPlatform.DINGTALK, RobotServlet.address("ok", "access_token=qa-group"), SECRET);
        String number = overdueQaStep(shanghai(2026, 3, 5, 10, 0).toInstant());

        chat.sendDue();
        List<RobotServlet.Post> posts = postsAbout(number);
        assertEquals(1, posts.size(), posts.toString());
        Map<String, String> query = query(posts.get(0).query());
        assertEquals("qa-group", query.get("access_token"));
        assertEquals(String.valueOf(clock.clock().instant().toEpochMilli()), query.get("timestamp"));
        assertEquals(ChatPost.sign(Long.parseLong(query.get("timestamp")), SECRET), query.get("sign"));
        JsonObject message = Json.createReader(new StringReader(posts.get(0).body())).readObject();
        assertEquals("text", message.getString("msgtype"));
        String content = message.getJsonObject("text").getString("content");
        assertTrue(content.startsWith("【催办单】") && content.contains("客诉 " + number), content);
        assertTrue(content.contains("承办部门：质量管理部"), content);

        chat.sendDue();
        assertEquals(1, postsAbout(number).size(), "each notice once");
    }

    @Test
    void aRelayThatRefusesTheMailDelaysNoRobot() throws Exception {
        robot(Department.QA, ChatPlatform.DINGTALK, RobotServlet.address("ok", "access_token=qa-group"), SECRET);
        String number = overdueQaStep(shanghai(2026, 3, 5, 10, 0).toInstant());
        Long reminder = reminderOf(number).getId();
        claims.failed(MailClaims.Kind.REMINDER, MailClaims.Channel.MAIL, reminder, "relay down");
        assertTrue(reminderOf(number).getMail().getDueAt().isAfter(clock.clock().instant()), "the mail waits");
        chat.sendDue();
        assertEquals(1, postsAbout(number).size(), "the robot does not wait for the mail");
    }

    @Test
    void aNightsReminderWaitsForTheWorkingDayAndARefusalIsRetriedLater() throws Exception {
        robot(Department.QA, ChatPlatform.DINGTALK, RobotServlet.address("refuse", "access_token=qa-group"), SECRET);
        String number = overdueQaStep(shanghai(2026, 3, 5, 23, 0).toInstant());
        chat.sendDue();
        assertTrue(postsAbout(number).isEmpty(), "not at night");

        clock.set(shanghai(2026, 3, 6, 8, 30));
        chat.sendDue();
        assertEquals(1, postsAbout(number).size());
        Reminder refused = reminderOf(number);
        assertFalse(refused.getChat().isSent());
        assertEquals(1, refused.getChat().getAttempts());
        assertTrue(refused.getChat().getError().contains("310000"), refused.getChat().getError());
        assertEquals(clock.clock().instant().plus(Duration.ofMinutes(5)), refused.getChat().getRetryAt());
        assertTrue(refused.getMail().getSentAt() == null || refused.getMail().isSent(), "the mail keeps its own record");

        robot(Department.QA, ChatPlatform.DINGTALK, RobotServlet.address("ok", "access_token=qa-group"), null);
        chat.sendDue();
        assertEquals(1, postsAbout(number).size(), "not before its retry time");
        clock.set(shanghai(2026, 3, 6, 8, 35));
        chat.sendDue();
        assertEquals(2, postsAbout(number).size());
        assertTrue(reminderOf(number).getChat().isSent());
        assertEquals("ok", postsAbout(number).get(1).robot());
    }

    @Test
    void aDepartmentWithoutARobotGetsNoMessageAndWeComIsNotSigned() throws Exception {
        robot(Department.PRODUCTION, ChatPlatform.WECOM, RobotServlet.address("ok", "key=production-group"), null);
        String number = overdueQaStep(shanghai(2026, 3, 5, 10, 0).toInstant());
        chat.sendDue();
        assertTrue(postsAbout(number).isEmpty(), "QA has no robot");
        Reminder settled = reminderOf(number);
        assertTrue(settled.getChat().isSent());
        assertEquals(NoticeChat.NO_ROBOT, settled.getChat().getError());

        assertEquals(new Outbox.Outcome.Sent(), fixture.admin.call(() -> chat.sendTest(Department.PRODUCTION)));
        RobotServlet.Post test = RobotServlet.about("群机器人测试").get(RobotServlet.about("群机器人测试").size() - 1);
        assertEquals("key=production-group", test.query(), "WeCom's key is in the address; nothing is added");
    }

    @Test
    void withoutAnyRobotTheDueNoticesAreSettledAtOnceAndLaterOnesWait() throws Exception {
        String number = overdueQaStep(shanghai(2026, 3, 5, 23, 0).toInstant());
        clock.set(shanghai(2026, 3, 6, 8, 0));
        chat.sendDue();
        assertFalse(reminderOf(number).getChat().isSent(), "not yet due: the working day starts at 08:30");
        clock.set(shanghai(2026, 3, 6, 8, 30));
        assertEquals(0, chat.sendDue());
        Reminder settled = reminderOf(number);
        assertTrue(settled.getChat().isSent());
        assertEquals(NoticeChat.NO_ROBOT, settled.getChat().getError());
        assertTrue(postsAbout(number).isEmpty());
    }

    @Test
    void onlyTheAdministratorSetsRobotsWithAWebAddressAndAStoredSecretIsKept() throws Exception {
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> robots.configure(Department.QA,
                ChatPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x", null, true)));
        for (String refused : List.of("javascript:alert(1)", "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x",
                "https://169.254.169.254/latest/meta-data", "https://intranet.example/cgi-bin/webhook/send")) {
            assertRefused(InvalidChatRobotException.class, () -> fixture.admin.call(() -> robots.configure(Department.QA,
                    ChatPlatform.WECOM, refused, null, true)));
        }
        assertRefused(EJBAccessException.class, () -> fixture.business.call(() -> chat.sendTest(Department.QA)));

        robot(Department.RND, ChatPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=a", SECRET);
        ChatRobot kept = robot(Department.RND, ChatPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=b", null);
        assertEquals(SECRET, kept.getSecret(), "an empty secret field keeps the stored one");
        ChatRobot wecom = robot(Department.RND, ChatPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=c", null);
        assertNull(wecom.getSecret(), "WeCom takes no secret");
    }

    private Long caseId;

    /** The posts about the case: its number after 客诉, as the notices write it (a bare number could be a date). */
    private static List<RobotServlet.Post> postsAbout(String number) {
        return RobotServlet.about("客诉 " + number);
    }

    /** A case at QA whose step is overdue at {@code at}, its reminder issued then: the case's number. */
    private String overdueQaStep(java.time.Instant at) throws Exception {
        fixture.withCatalogs();
        clock.set(shanghai(2026, 3, 2, 9, 0));
        caseId = fixture.atQa(fixture.domestic);
        clock.set(at.atZone(clock.clock().getZone()));
        scan.issueReminders();
        return fixture.load(caseId).getNumber();
    }

    private Reminder reminderOf(String number) {
        assertTrue(number != null);
        return notices.reminders(caseId, ReminderKind.STEP).get(0);
    }

    private ChatRobot robot(Department department, ChatPlatform platform, String url, String secret) throws Exception {
        return fixture.admin.call(() -> robots.configure(department, platform, url, secret, true));
    }

    private static Map<String, String> query(String query) {
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
