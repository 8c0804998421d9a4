package cn.kesu.view.layout;

import cn.kesu.model.user.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The menu: each entry names the roles it is shown to. Hiding is a convenience only; the pages and
 * department beans check the same roles on the server.
 */
public enum Navigation {
    HOME("menu.home", "pi pi-home", "/app/home.xhtml", EnumSet.allOf(Role.class)),
    NEW_SLIP("menu.newSlip", "pi pi-file-edit", "/app/complaints/new.xhtml", EnumSet.of(Role.BUSINESS)),
    WORKLIST("menu.worklist", "pi pi-inbox", "/app/complaints/worklist.xhtml", EnumSet.complementOf(EnumSet.of(Role.ADMIN))),
    INBOX("menu.inbox", "pi pi-bell", "/app/inbox.xhtml", EnumSet.complementOf(EnumSet.of(Role.ADMIN))),
    IMPROVEMENT("menu.improvement", "pi pi-replay", "/app/improvement/list.xhtml",
            EnumSet.complementOf(EnumSet.of(Role.ADMIN))),
    LEDGER("menu.ledger", "pi pi-book", "/app/complaints/ledger.xhtml",
            EnumSet.of(Role.GM_OFFICE, Role.DEPUTY_GM, Role.GM, Role.AUDITOR, Role.QA, Role.QA_MANAGER)),
    STATISTICS("menu.statistics", "pi pi-chart-bar", "/app/statistics/monthly.xhtml",
            EnumSet.of(Role.GM_OFFICE, Role.DEPUTY_GM, Role.GM, Role.AUDITOR, Role.QA, Role.QA_MANAGER)),
    RECEIVABLES("menu.receivables", "pi pi-wallet", "/app/execution/receivables.xhtml",
            EnumSet.of(Role.ACCOUNTING, Role.BUSINESS_MANAGER, Role.GM_OFFICE, Role.DEPUTY_GM, Role.GM, Role.AUDITOR)),
    YEARLY("menu.yearly", "pi pi-chart-line", "/app/statistics/yearly.xhtml",
            EnumSet.of(Role.GM_OFFICE, Role.DEPUTY_GM, Role.GM, Role.AUDITOR, Role.QA, Role.QA_MANAGER)),
    PENALTIES("menu.penalties", "pi pi-flag", "/app/statistics/penalties.xhtml",
            EnumSet.of(Role.GM_OFFICE, Role.DEPUTY_GM, Role.GM, Role.AUDITOR)),
    AUDIT("menu.audit", "pi pi-verified", "/app/audit/slips.xhtml", EnumSet.of(Role.AUDITOR, Role.GM_OFFICE)),
    USERS("menu.users", "pi pi-users", "/app/admin/users.xhtml", EnumSet.of(Role.ADMIN)),
    CATALOGS("menu.catalogs", "pi pi-list", "/app/admin/catalogs.xhtml", EnumSet.of(Role.ADMIN)),
    CALENDAR("menu.calendar", "pi pi-calendar", "/app/admin/calendar.xhtml", EnumSet.of(Role.ADMIN)),
    API_CLIENTS("menu.apiClients", "pi pi-server", "/app/admin/api-clients.xhtml", EnumSet.of(Role.ADMIN)),
    SETTINGS("menu.settings", "pi pi-sliders-h", "/app/admin/settings.xhtml", EnumSet.of(Role.ADMIN)),
    PASSWORD("menu.password", "pi pi-key", "/app/password.xhtml", EnumSet.allOf(Role.class));

    private final String labelKey;
    private final String icon;
    private final String path;
    private final Set<Role> shownTo;

    Navigation(String labelKey, String icon, String path, Set<Role> shownTo) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.path = path;
        this.shownTo = shownTo;
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }

    /** The page's address within the application, as the menu links to it. */
    public String path() {
        return path;
    }

    public boolean shownToAnyOf(Set<Role> roles) {
        return roles.stream().anyMatch(shownTo::contains);
    }
}
