package cn.kesu.business.settings;

import cn.kesu.model.settings.ChatPlatform;
import cn.kesu.model.settings.ChatRobot;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;

/**
 * 群机器人设置: the administrator names each department's group robot in 企业微信 or 钉钉 (its webhook address and, for
 * 钉钉's 加签, its secret), and turns it on or off. Every change is kept in the history.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ChatRobots {

    /** The hosts of 企业微信's and 钉钉's group robots. */
    static final String DEFAULT_HOSTS = "qyapi.weixin.qq.com,oapi.dingtalk.com";

    @PersistenceContext
    EntityManager em;

    /** The robots there are, by department. */
    public Map<Department, ChatRobot> robots() {
        Map<Department, ChatRobot> robots = new EnumMap<>(Department.class);
        em.createNamedQuery(ChatRobot.ALL, ChatRobot.class).getResultList()
                .forEach(robot -> robots.put(robot.getDepartment(), robot));
        return robots;
    }

    /**
     * Sets the department's robot. A null secret keeps the one stored (the screen never shows it again), an empty one
     * removes it; 企业微信 takes none.
     */
    public ChatRobot configure(@NotNull Department department, @NotNull ChatPlatform platform,
                               @NotNull @Size(max = 500) String url, @Size(max = 200) String secret, boolean enabled) {
        String address = url.strip();
        if (!isWebAddress(address)) {
            throw new InvalidChatRobotException(department, address);
        }
        ChatRobot robot = em.createNamedQuery(ChatRobot.OF_DEPARTMENT, ChatRobot.class)
                .setParameter("department", department).getResultStream().findFirst().orElse(null);
        boolean added = robot == null;
        if (added) {
            robot = new ChatRobot(department);
        }
        robot.configure(platform, address, platform == ChatPlatform.WECOM ? "" : blankToNull(secret), enabled);
        if (added) {
            em.persist(robot);
        }
        return robot;
    }

    /**
     * Only the platforms' own robot hosts, over HTTPS: an address is posted to by the server and the test message's
     * answer is shown, so any other host would let the settings page reach into the intranet. A site with its own
     * 企业微信 (私有化部署) names its host in {@code kesu.chat.hosts}; a loopback host (a local relay, the tests' robot)
     * may use plain HTTP.
     */
    static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String host = uri.getHost();
            if (host == null || !allowedHosts().contains(host.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            boolean loopback = "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host);
            return "https".equals(uri.getScheme()) || loopback && "http".equals(uri.getScheme());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static java.util.Set<String> allowedHosts() {
        return java.util.Arrays.stream(System.getProperty("kesu.chat.hosts", DEFAULT_HOSTS).split(","))
                .map(String::strip).map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
