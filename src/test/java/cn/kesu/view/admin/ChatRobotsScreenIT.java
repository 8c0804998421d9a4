package cn.kesu.view.admin;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** 群机器人 on 参数设置, driven in headless Chromium: a department's robot saved, a test message sent to it, turned off. */
class ChatRobotsScreenIT extends BrowserTest {

    /** QA's row: the departments in their order, business first. */
    private static final String QA = "robots:table:1:";

    @Test
    void theAdministratorSetsARobotAndSendsItATestMessage() {
        Pages pages = as("admin");
        pages.open("app/admin/settings.xhtml");
        String department = Texts.zh("department.QA");

        pages.type(QA + "url", "not a web address");
        pages.click(QA + "save");
        assertTrue(pages.errorMessages().contains(Texts.zh("error.InvalidChatRobotException", department,
                "not a web address")), pages.errorMessages().toString());

        pages.selectOneMenu(QA + "platform").select(Texts.zh("chat.platform.WECOM"));
        // The robot of the test deployment, on the loopback address the test server allows plain HTTP to.
        pages.type(QA + "url", base.toString().replace("//localhost:", "//127.0.0.1:") + "test/robot/ok?key=qa-screen");
        pages.checkbox(QA + "enabled").click();
        pages.click(QA + "save");
        assertTrue(pages.bodyText().contains(Texts.zh("chat.saved", department)), pages.bodyText());

        pages.click(QA + "test");
        assertTrue(pages.bodyText().contains(Texts.zh("chat.testSent", department)), pages.bodyText());

        pages.open("app/admin/settings.xhtml");
        pages.checkbox(QA + "enabled").click();
        pages.click(QA + "save");
        assertTrue(pages.bodyText().contains(Texts.zh("chat.saved", department)), pages.bodyText());
    }
}
