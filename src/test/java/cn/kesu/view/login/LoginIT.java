package cn.kesu.view.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.model.user.Role;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

/** Signing in and out through the real login screen in headless Chromium. */
class LoginIT extends BrowserTest {

    private Pages pages;

    @BeforeEach
    void freshBrowserSession() {
        pages = new Pages(BROWSER.driver(), base);
        pages.open("login.xhtml");
        BROWSER.clearSession();
    }

    @Test
    void everyDemoUserSignsInAndSeesTheirOwnRoleAndMenu() {
        for (DemoUser demo : DemoUser.ALL) {
            pages.login(demo.username(), DemoUser.PASSWORD);

            assertTrue(pages.arrivesAt("app/home.xhtml"), demo.username() + " lands on home: " + pages.path());
            String page = pages.bodyText();
            assertTrue(page.contains(Texts.zh("home.welcome", demo.fullName())), demo.username());
            assertTrue(page.contains(Texts.zh(demo.role().labelKey())), demo.username() + " sees its role");
            assertTrue(page.contains(Texts.zh("duty." + demo.role().roleName())), demo.username() + " sees its duties");
            List<String> menu = pages.menuLabels();
            assertTrue(menu.contains(Texts.zh("menu.home")), demo.username() + " menu " + menu);
            assertEquals(demo.role() == Role.ADMIN, menu.contains(Texts.zh("menu.users")),
                    demo.username() + " menu " + menu);

            pages.logout();
            assertTrue(pages.arrivesAt("login.xhtml"), demo.username() + " signed out");
        }
    }

    /** Issue 15, item 13.3: the home page said 暂无待办 although the GM office had slips to accept. */
    @Test
    void theHomePageShowsTheRealCountsOfWork() {
        pages.login("gm-office", DemoUser.PASSWORD);

        String page = pages.bodyText();
        assertFalse(page.contains(Texts.zh("home.worklist.empty")), page);
        assertTrue(Pattern.compile(Pattern.quote(Texts.zh("home.todo.work", "#")).replace("#", "\\E[1-9][0-9]*\\Q"))
                .matcher(page).find(), "a count of cases to work: " + page);
        // Issue 17: the work list says how many cases it holds, counted up to 1,000.
        pages.open("app/complaints/worklist.xhtml");
        assertTrue(Pattern.compile(Pattern.quote(Texts.zh("list.count", "#")).replace("#", "\\E[1-9][0-9]*\\Q"))
                .matcher(pages.text("list:count")).find(), "the work list's count: " + pages.text("list:count"));

        pages.logout();
        pages.login("admin", DemoUser.PASSWORD);
        assertFalse(pages.bodyText().contains(Texts.zh("home.worklist")), "the administrator holds no case work");
    }

    @Test
    void wrongPasswordShowsAMessageAndStaysOnLogin() {
        pages.login("qa", "wrong-password");

        assertTrue(pages.arrivesAt("login.xhtml"));
        assertEquals(List.of(Texts.zh("login.failed")), pages.errorMessages());
    }

    @Test
    void protectedPageAsksForLoginAndContinuesThere() {
        pages.open("app/admin/users.xhtml");
        assertTrue(pages.arrivesAt("login.xhtml"), pages.path());

        pages.loginHere("admin", DemoUser.PASSWORD);

        assertTrue(pages.arrivesAt("app/admin/users.xhtml"), pages.path());
    }

    @Test
    void userWithoutAdminRoleSeesForbiddenOnTheAdminPage() {
        pages.login("gm", DemoUser.PASSWORD);

        pages.open("app/admin/users.xhtml");

        assertTrue(pages.bodyText().contains(Texts.zh("error.403")));
    }

    @Test
    void languageChoiceIsKeptOnTheUserForTheNextLogin() {
        try {
            pages.login("production", DemoUser.PASSWORD);
            pages.click("menuForm:language");
            assertTrue(pages.menuLabels().contains(Texts.en("menu.home")), pages.menuLabels().toString());
            pages.logout();

            pages.login("production", DemoUser.PASSWORD);
            assertTrue(pages.menuLabels().contains(Texts.en("menu.home")), "still English after a new login");
            assertTrue(pages.bodyText().contains(Texts.en("duty.production")));

            pages.click("menuForm:language");
            assertTrue(pages.menuLabels().contains(Texts.zh("menu.home")));
            assertFalse(pages.bodyText().contains(Texts.en("duty.production")));
        } finally {
            productionSpeaksChineseAgain();
        }
    }

    /** Issue 15, item 13.11: the language chosen on the login page was lost after sign-in. */
    @Test
    void theLanguageChosenOnTheLoginPageIsKeptAfterSignInAndOnTheUser() {
        try {
            pages.open("login.xhtml");
            pages.click("login:language");
            assertTrue(pages.bodyText().contains(Texts.en("login.submit")), "the login page speaks English");
            pages.loginHere("production", DemoUser.PASSWORD);
            assertTrue(pages.menuLabels().contains(Texts.en("menu.home")), "English after sign-in: " + pages.menuLabels());
            pages.logout();

            pages.login("production", DemoUser.PASSWORD);
            assertTrue(pages.menuLabels().contains(Texts.en("menu.home")), "kept on the user for the next login");
        } finally {
            productionSpeaksChineseAgain();
        }
    }

    /** The demo user is shared by every test: leave it in Chinese whatever happened above. */
    private void productionSpeaksChineseAgain() {
        BROWSER.clearSession();
        pages.login("production", DemoUser.PASSWORD);
        pages.speakChinese();
        pages.logout();
    }
}
