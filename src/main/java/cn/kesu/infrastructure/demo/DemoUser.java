package cn.kesu.infrastructure.demo;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;

import java.util.List;

/**
 * One demo user per role, named by the role so a visitor can guess the login. All share
 * {@link #PASSWORD}, which the README lists.
 */
public record DemoUser(String username, String fullName, Department department, Role role) {

    public static final String PASSWORD = "kesu2026";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("business", "张伟", Department.BUSINESS, Role.BUSINESS),
            new DemoUser("business-manager", "王芳", Department.BUSINESS, Role.BUSINESS_MANAGER),
            new DemoUser("qa", "李娜", Department.QA, Role.QA),
            new DemoUser("qa-manager", "刘洋", Department.QA, Role.QA_MANAGER),
            new DemoUser("production", "陈杰", Department.PRODUCTION, Role.PRODUCTION),
            new DemoUser("production-manager", "杨静", Department.PRODUCTION, Role.PRODUCTION_MANAGER),
            new DemoUser("rnd", "赵磊", Department.RND, Role.RND),
            new DemoUser("gm-office", "黄敏", Department.GM_OFFICE, Role.GM_OFFICE),
            new DemoUser("deputy-gm", "周强", Department.GM_OFFICE, Role.DEPUTY_GM),
            new DemoUser("gm", "吴刚", Department.GM_OFFICE, Role.GM),
            new DemoUser("warehouse", "徐丽", Department.WAREHOUSE, Role.WAREHOUSE),
            new DemoUser("accounting", "孙涛", Department.ACCOUNTING, Role.ACCOUNTING),
            new DemoUser("auditor", "马超", Department.AUDIT, Role.AUDITOR),
            new DemoUser("admin", "朱军", Department.IT, Role.ADMIN));
}
