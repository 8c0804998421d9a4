package cn.kesu.model.api;

import cn.kesu.model.user.Roles;

/**
 * What an API client may do (接口权限). Each scope acts through one role of the procedure, so the department
 * beans apply the same rules to a machine as to a person holding that role: filing a slip is business's
 * (a draft that a business user revises and submits), reading is an auditor's (every case, never a change).
 */
public enum ApiScope {

    /** 受理: file complaint slips as drafts for business, with their attachments. */
    INTAKE(Roles.BUSINESS),

    /** 查询: read cases, their changes and their signed slips. */
    READ(Roles.AUDITOR);

    private final String role;

    ApiScope(String role) {
        this.role = role;
    }

    /** The role the client's calls carry for this scope. */
    public String role() {
        return role;
    }

    public String labelKey() {
        return "api.scope." + name();
    }
}
