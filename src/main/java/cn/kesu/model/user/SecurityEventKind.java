package cn.kesu.model.user;

/** What a {@link SecurityEvent} records. */
public enum SecurityEventKind {
    /** 登录失败: a wrong password, an unknown or disabled user, or a sign-in while locked. */
    SIGN_IN_FAILED,
    /** 签核密码错误: a wrong password re-entered for an electronic signature or a password change. */
    SIGNATURE_FAILED,
    /** 账户锁定: too many failures for one user name. */
    USER_LOCKED,
    /** 地址锁定: too many failures from one client address. */
    ADDRESS_LOCKED,
    /** 解除锁定 by an administrator: the user's or the address's count starts again. */
    UNLOCKED,
    /**
     * 公司目录无应答: a directory account could not sign in because the company directory did not answer. Not a
     * failure: nobody typed a wrong password, so it does not count toward the lockout.
     */
    DIRECTORY_UNAVAILABLE;

    public boolean isFailure() {
        return this == SIGN_IN_FAILED || this == SIGNATURE_FAILED;
    }

    public String labelKey() {
        return "securityEvent." + name();
    }
}
