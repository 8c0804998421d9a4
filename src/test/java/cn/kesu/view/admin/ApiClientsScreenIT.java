package cn.kesu.view.admin;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 接口客户端, driven in headless Chromium: the administrator makes a client, its token works once copied, until disabled. */
class ApiClientsScreenIT extends BrowserTest {

    @Test
    void theAdministratorMakesAClientSeesItsTokenOnceAndDisablesIt() throws Exception {
        String key = "crm-" + System.currentTimeMillis() % 1_000_000;
        Pages pages = as("admin");
        pages.open("app/admin/api-clients.xhtml");
        assertTrue(pages.bodyText().contains("demo-crm"), "the demo's client is listed");
        pages.type("clients:key", key);
        pages.type("clients:name", "集团 CRM <script>");
        pages.checkbox("clients:scopes", Texts.zh("api.scope.READ")).click();
        pages.click("clients:create");
        assertTrue(pages.bodyText().contains(Texts.zh("api.clients.issued", key)), pages.bodyText());
        assertTrue(pages.bodyText().contains("集团 CRM <script>"), "a name is shown as text, escaped");
        String token = pages.driver().findElement(By.id("clients:token")).getAttribute("value");
        assertTrue(token.startsWith(key + "."), token);
        assertEquals(200, call(token));

        pages.table("clients:table").rowContaining(key).findElement(By.cssSelector("[id$=':calls']")).click();
        pages.waitForPage();
        assertTrue(pages.text("calls").contains("GET /complaints 200"), pages.text("calls"));

        pages.open("app/admin/api-clients.xhtml");
        assertTrue(!pages.present("clients:token"), "the token is not shown again");
        pages.table("clients:table").rowContaining(key).findElement(By.cssSelector("[id$=':disable']")).click();
        pages.waitForPage();
        assertTrue(pages.bodyText().contains(Texts.zh("api.clients.disabled")), pages.bodyText());
        assertEquals(401, call(token));
    }

    private int call(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/complaints?size=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
