package cn.kesu.view.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.SecurityFixtureServlet;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.http.HttpResponse;
import java.util.Map;

/** The sign-in in a real browser: the session id it gets, and the administrator's view of locks. */
class SignInScreenIT extends BrowserTest {

    @Test
    void theSessionIdChangesAtSignInSoAPlantedIdIsNeverSignedIn() {
        BROWSER.clearSession();
        Pages pages = new Pages(BROWSER.driver(), base);
        pages.open("login.xhtml");
        Cookie before = BROWSER.driver().manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the login page has a session (its form's view state)");

        pages.loginHere("qa", DemoUser.PASSWORD);

        assertTrue(pages.arrivesAt("app/home.xhtml"), pages.path());
        Cookie after = BROWSER.driver().manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before.getValue(), after.getValue());
        assertTrue(after.isHttpOnly());
        assertEquals("Lax", after.getSameSite());
    }

    @Test
    void theAdministratorSeesALockedUserAndUnlocksThem() throws Exception {
        WebClient setup = new WebClient(base);
        String name = post(setup, "test/security/user", Map.of("role", "qa"));
        post(setup, "test/security/lockout", Map.of("failures", "5", "minutes", "15"));
        try {
            for (int i = 0; i < 5; i++) {
                new WebClient(base).login(name, "not-the-password");
            }
            post(setup, "test/security/unlock", Map.of());
            assertEquals(200, new WebClient(base).login(name, SecurityFixtureServlet.PASSWORD).statusCode(), "locked");

            Pages pages = as("admin");
            pages.open("app/admin/users.xhtml");
            assertTrue(pages.table("events:table").hasRowWith(name, Texts.zh("securityEvent.USER_LOCKED")));
            pages.table("locks:table").rowContaining(name).findElement(By.cssSelector("[id$=':unlock']")).click();
            pages.waitForPage();

            assertTrue(pages.bodyText().contains(Texts.zh("users.unlocked", name)), pages.bodyText());
            assertTrue(pages.table("events:table").hasRowWith(name, Texts.zh("securityEvent.UNLOCKED"), "admin"));
            assertEquals(302, new WebClient(base).login(name, SecurityFixtureServlet.PASSWORD).statusCode(), "unlocked");
        } finally {
            post(setup, "test/security/lockout", Map.of());
            post(setup, "test/security/unlock", Map.of("user", name));
        }
    }

    private static String post(WebClient client, String path, Map<String, String> form) throws Exception {
        HttpResponse<String> response = client.post(path, form);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
