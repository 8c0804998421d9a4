package cn.kesu.model.settings;

import cn.kesu.model.user.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;

/**
 * 群机器人: a department's group robot in 企业微信 or 钉钉, which hears the department's notices (催办单, 查办单,
 * missed promises to customers; 重大客诉通报 for the GM office) as they are mailed. Set by the administrator on
 * 参数设置; its changes are kept in the history.
 */
@Entity
@Audited
@Table(name = "chat_robot")
@NamedQuery(name = ChatRobot.ALL, query = "select r from ChatRobot r order by r.department")
@NamedQuery(name = ChatRobot.OF_DEPARTMENT, query = "select r from ChatRobot r where r.department = :department")
public class ChatRobot implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "ChatRobot.all";
    public static final String OF_DEPARTMENT = "ChatRobot.ofDepartment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChatPlatform platform;

    @Column(nullable = false, length = 500)
    private String url;

    /** 钉钉's 加签 secret; none for 企业微信, whose key is in the address. */
    @Column(length = 200)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected ChatRobot() {
    }

    public ChatRobot(Department department) {
        this.department = department;
    }

    /** A new address and platform; the secret stays unless a new one is given. */
    public void configure(ChatPlatform platform, String url, String newSecret, boolean enabled) {
        this.platform = platform;
        this.url = url;
        if (newSecret != null) {
            this.secret = newSecret.isEmpty() ? null : newSecret;
        }
        this.enabled = enabled;
    }

    public Long getId() { return id; }
    public Department getDepartment() { return department; }
    public ChatPlatform getPlatform() { return platform; }
    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public boolean isEnabled() { return enabled; }
    public boolean hasSecret() { return secret != null; }
    public long getVersion() { return version; }
}
