package cn.kesu.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.SecurityFixtureServlet;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.Map;


/** The administrator's user screen (用户管理), driven in headless Chromium. */
class UsersIT extends BrowserTest {

    @Test
    void adminCreatesAUserWhoCanSignInUntilDisabled() {
        String username = "qc-" + System.currentTimeMillis() % 1_000_000;
        Pages pages = as("admin");
        pages.open("app/admin/users.xhtml");
        pages.type("create:username", username);
        pages.type("create:fullName", "钱<b>七</b>");
        pages.selectOneMenu("create:department").select(Texts.zh("department.QA"));
        pages.checkbox("create:roles", Texts.zh("role.qa")).click();
        pages.type("create:initialPassword", "first-password-1");
        pages.click("create:submit");
        assertTrue(pages.bodyText().contains(Texts.zh("users.created", username)), pages.bodyText());
        pages.table("users:table").filter("username", username);
        assertTrue(pages.bodyText().contains("钱<b>七</b>"), "HTML in a name is shown as text, escaped");
        pages.logout();

        pages.login(username, "first-password-1");
        assertTrue(pages.arrivesAt("app/password.xhtml"), "the new user must first choose a password");
        assertTrue(pages.bodyText().contains(Texts.zh("password.mustChange")));
        pages.open("app/complaints/worklist.xhtml");
        assertTrue(pages.arrivesAt("app/password.xhtml"), "and reaches nothing else before");
        pages.type("password:current", "first-password-1");
        pages.type("password:new", "钱七的新密码-quality-2026");
        pages.type("password:repeat", "钱七的新密码-quality-2026");
        pages.click("password:change");
        assertTrue(pages.arrivesAt("app/home.xhtml"), pages.path());
        assertTrue(pages.bodyText().contains(Texts.zh("password.changed")));
        assertTrue(pages.bodyText().contains(Texts.zh("role.qa")));
        pages.logout();

        pages.login("admin", DemoUser.PASSWORD);
        pages.open("app/admin/users.xhtml");
        pages.table("users:table").filter("username", username);
        pages.table("users:table").rowContaining(username).findElement(By.cssSelector("[id$=':disable']")).click();
        pages.waitForPage();
        assertTrue(pages.bodyText().contains(Texts.zh("users.disabledDone", username)));
        pages.logout();

        pages.login(username, "钱七的新密码-quality-2026");
        assertTrue(pages.arrivesAt("login.xhtml"), "a disabled user cannot sign in");
        assertTrue(pages.errorMessages().contains(Texts.zh("login.failed")));
    }

    @Test
    void adminCreatesADirectoryAccountThatSignsInWithTheDirectorysPassword() throws Exception {
        HttpResponse<String> person = new WebClient(base).post("test/security/directory-person", Map.of());
        assertEquals(200, person.statusCode(), person.body());
        String username = person.body();
        Pages pages = as("admin");
        pages.open("app/admin/users.xhtml");
        pages.type("create:username", username);
        pages.type("create:fullName", "目录人员");
        pages.selectOneMenu("create:department").select(Texts.zh("department.QA"));
        pages.checkbox("create:roles", Texts.zh("role.qa")).click();
        pages.checkbox("create:directoryAccount").click();
        pages.click("create:submit");
        assertTrue(pages.bodyText().contains(Texts.zh("users.created", username)), pages.bodyText());
        pages.table("users:table").filter("username", username);
        assertTrue(pages.table("users:table").hasRowWith(username, Texts.zh("users.signInKind.directory")));
        pages.logout();

        pages.login(username, SecurityFixtureServlet.DIRECTORY_PASSWORD);
        assertTrue(pages.arrivesAt("app/home.xhtml"), "no password to choose here: " + pages.path());
        assertTrue(pages.bodyText().contains(Texts.zh("role.qa")));
        pages.open("app/password.xhtml");
        assertTrue(pages.bodyText().contains(Texts.zh("password.directoryAccount")), pages.bodyText());
        assertFalse(pages.present("password:change"), "no form to change it here");
    }
}
