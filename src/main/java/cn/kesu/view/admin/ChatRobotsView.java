package cn.kesu.view.admin;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.deadline.NoticeChat;
import cn.kesu.business.deadline.Outbox;
import cn.kesu.business.settings.ChatRobots;
import cn.kesu.model.settings.ChatPlatform;
import cn.kesu.model.settings.ChatRobot;
import cn.kesu.model.user.Department;
import cn.kesu.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The group robots on {@code app/admin/settings.xhtml} (群机器人): one row per department, its platform, address,
 * 钉钉 secret (never shown again once stored) and whether it is on; saved and tried row by row.
 */
@Named
@ViewScoped
public class ChatRobotsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChatRobots robots;

    @Inject
    NoticeChat chat;

    @Inject
    Feedback feedback;

    private List<Row> rows;

    @PostConstruct
    void load() {
        Map<Department, ChatRobot> stored = robots.robots();
        rows = new ArrayList<>();
        for (Department department : Department.values()) {
            if (department == Department.IT) {
                continue; // the administrator's own department holds no case work
            }
            ChatRobot robot = stored.get(department);
            rows.add(robot == null ? new Row(department, ChatPlatform.WECOM, null, false, false)
                    : new Row(department, robot.getPlatform(), robot.getUrl(), robot.hasSecret(), robot.isEnabled()));
        }
    }

    public void save(Row row) {
        try {
            ChatRobot saved = robots.configure(row.department, row.platform, row.url == null ? "" : row.url,
                    row.newSecret, row.enabled);
            row.secretStored = saved.hasSecret();
            row.newSecret = null;
            feedback.info("chat.saved", feedback.text(row.department.labelKey()));
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    public void test(Row row) {
        Outbox.Outcome outcome = chat.sendTest(row.department);
        String department = feedback.text(row.department.labelKey());
        if (outcome instanceof Outbox.Outcome.Sent) {
            feedback.info("chat.testSent", department);
        } else if (outcome instanceof Outbox.Outcome.Refused refused) {
            feedback.error("chat.testRefused", department, refused.why());
        } else {
            feedback.error("chat.none", department);
        }
    }

    public List<Row> getRows() { return rows; }
    public List<ChatPlatform> getPlatforms() { return Arrays.asList(ChatPlatform.values()); }

    /** One department's robot as edited on the screen. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Department department;
        private ChatPlatform platform;
        private String url;
        private String newSecret;
        private boolean secretStored;
        private boolean enabled;

        Row(Department department, ChatPlatform platform, String url, boolean secretStored, boolean enabled) {
            this.department = department;
            this.platform = platform;
            this.url = url;
            this.secretStored = secretStored;
            this.enabled = enabled;
        }

        public Department getDepartment() { return department; }
        public ChatPlatform getPlatform() { return platform; }
        public void setPlatform(ChatPlatform platform) { this.platform = platform; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getNewSecret() { return newSecret; }
        public void setNewSecret(String newSecret) { this.newSecret = newSecret; }
        public boolean isSecretStored() { return secretStored; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }
}
