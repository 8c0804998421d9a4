package cn.kesu.business.deadline;

import cn.kesu.model.settings.ChatPlatform;
import cn.kesu.model.settings.ChatRobot;
import cn.kesu.model.user.Department;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a notice is posted to a group robot: 钉钉's 加签, 企业微信's unsigned address, the text cut to fit. */
class ChatPostTest {

    @Test
    void dingTalkSignsTheTimeAndSecretWithHmacSha256() {
        // Computed apart from this code (Python's hmac): base64(HMAC-SHA256(secret, "1764748800000\n" + secret)).
        assertEquals("yzx1CTGtjzAU9v3fDnnrx/7N3EqXDw3CKky+JDolGks=", ChatPost.sign(1764748800000L, "SEC0123456789abcdef"));
        ChatRobot robot = new ChatRobot(Department.QA);
        robot.configure(ChatPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=t", "SEC0123456789abcdef", true);
        assertEquals("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1764748800000"
                + "&sign=yzx1CTGtjzAU9v3fDnnrx%2F7N3EqXDw3CKky%2BJDolGks%3D", ChatPost.address(robot, 1764748800000L));
    }

    @Test
    void weComsAddressCarriesItsKeyAndIsNotSigned() {
        ChatRobot robot = new ChatRobot(Department.QA);
        robot.configure(ChatPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "", true);
        assertEquals("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", ChatPost.address(robot, 1L));
    }

    @Test
    void aLongNoticeIsCutToWhatWeComTakesWithoutBreakingACharacter() {
        String body = "催".repeat(1000);
        String payload = ChatPost.payload(new Letter("【催办单】", body, List.of(), null, Department.QA));
        String content = jakarta.json.Json.createReader(new java.io.StringReader(payload)).readObject()
                .getJsonObject("text").getString("content");
        assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= ChatPost.MAX_TEXT_BYTES, content.length() + "");
        assertTrue(content.endsWith("催…"), content.substring(content.length() - 3));
        assertEquals("短通知\n\n正文", jakarta.json.Json.createReader(new java.io.StringReader(
                ChatPost.payload(new Letter("短通知", "正文", List.of(), null, Department.QA)))).readObject()
                .getJsonObject("text").getString("content"));
    }
}
