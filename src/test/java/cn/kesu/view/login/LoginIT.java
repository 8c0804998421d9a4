package cn.kesu.view.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.model.user.Role;
import cn.kesu.support.Browser;
import cn.kesu.support.Deployments;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;

/** Signing in and out through the real login screen in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Pages pages;

    @BeforeEach
    void freshBrowserSession() {
        pages = new Pages(BROWSER.driver(), base);
        pages.open("login.xhtml");
        BROWSER.clearSession();
    }

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    @Test
    void everyDemoUserSignsInAndSeesTheirOwnRoleAndMenu() {
        for (DemoUser demo : DemoUser.ALL) {
            pages.login(demo.username(), DemoUser.PASSWORD);

            assertTrue(pages.path().startsWith("app/home.xhtml"), demo.username() + " lands on home: " + pages.path());
            String page = pages.bodyText();
            assertTrue(page.contains(Texts.zh("home.welcome", demo.fullName())), demo.username());
            assertTrue(page.contains(Texts.zh(demo.role().labelKey())), demo.username() + " sees its role");
            assertTrue(page.contains(Texts.zh("duty." + demo.role().roleName())), demo.username() + " sees its duties");
            List<String> menu = pages.menuLabels();
            assertTrue(menu.contains(Texts.zh("menu.home")), demo.username() + " menu " + menu);
            assertEquals(demo.role() == Role.ADMIN, menu.contains(Texts.zh("menu.users")),
                    demo.username() + " menu " + menu);

            pages.logout();
            assertTrue(pages.path().startsWith("login.xhtml"), demo.username() + " signed out");
        }
    }

    @Test
    void wrongPasswordShowsAMessageAndStaysOnLogin() {
        pages.login("qa", "wrong-password");

        assertTrue(pages.path().startsWith("login.xhtml"));
        assertEquals(List.of(Texts.zh("login.failed")), pages.errorMessages());
    }

    @Test
    void protectedPageAsksForLoginAndContinuesThere() {
        pages.open("app/admin/users.xhtml");
        assertTrue(pages.path().startsWith("login.xhtml"), pages.path());

        pages.loginHere("admin", DemoUser.PASSWORD);

        assertTrue(pages.path().startsWith("app/admin/users.xhtml"), pages.path());
    }

    @Test
    void userWithoutAdminRoleSeesForbiddenOnTheAdminPage() {
        pages.login("gm", DemoUser.PASSWORD);

        pages.open("app/admin/users.xhtml");

        assertTrue(pages.bodyText().contains(Texts.zh("error.403")));
    }

    @Test
    void languageChoiceIsKeptOnTheUserForTheNextLogin() {
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
    }
}
