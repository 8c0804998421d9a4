package cn.kesu.model.settings;

/**
 * The chat services whose group robots (群机器人) receive notices. Both take a JSON text message posted to the
 * robot's webhook address and answer {@code errcode} 0 when they took it.
 */
public enum ChatPlatform {

    /** 企业微信: the robot's key is part of its address; it signs nothing. */
    WECOM,

    /** 钉钉: with 加签, each post carries a timestamp and its HMAC-SHA256 under the robot's secret. */
    DINGTALK;

    public String labelKey() {
        return "chat.platform." + name();
    }
}
