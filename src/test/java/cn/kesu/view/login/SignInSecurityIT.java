package cn.kesu.view.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.ClientTest;
import cn.kesu.support.SecurityFixtureServlet;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sign-in over HTTP as a browser or an attacker sends it: refusals, lockout, sessions, forced changes. */
class SignInSecurityIT extends ClientTest {

    private static final String WRONG = "not-the-password";

    @Test
    void unknownDisabledLockedAndWrongPasswordAreRefusedWithTheSamePage() throws Exception {
        WebClient setup = new WebClient(base);
        String disabled = fixture(setup, "user?role=qa");
        fixture(setup, "disable?user=" + disabled);
        String wrong = fixture(setup, "user?role=qa");
        String locked = fixture(setup, "user?role=qa");
        fixture(setup, "lockout?failures=5&minutes=15");
        try {
            for (int i = 0; i < 5; i++) {
                new WebClient(base).login(locked, WRONG);
            }
            // The five failures came from this address too; unlock the address only, the user stays locked.
            fixture(setup, "unlock");
            Map<String, String> attempts = new LinkedHashMap<>();
            attempts.put("unknown", "no-such-user-at-all");
            attempts.put("disabled", disabled);
            attempts.put("locked", locked);
            attempts.put("wrong", wrong);
            Map<String, String> pages = new LinkedHashMap<>();
            Map<String, List<Long>> times = new LinkedHashMap<>();
            for (int round = 0; round < 5; round++) {
                for (Map.Entry<String, String> attempt : attempts.entrySet()) {
                    WebClient client = new WebClient(base);
                    String password = attempt.getKey().equals("wrong") ? WRONG : SecurityFixtureServlet.PASSWORD;
                    client.get("login.xhtml");
                    long started = System.nanoTime();
                    HttpResponse<String> response = client.login(attempt.getValue(), password);
                    times.computeIfAbsent(attempt.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - started) / 1000);
                    assertEquals(200, response.statusCode(), attempt.getKey());
                    assertEquals(302, client.get("app/home.xhtml").statusCode(), attempt.getKey() + " is not signed in");
                    pages.put(attempt.getKey(), comparable(response.body(), attempt.getValue()));
                }
                fixture(setup, "unlock");
            }
            for (String kind : attempts.keySet()) {
                assertTrue(pages.get(kind).contains(Texts.zh("login.failed")), kind);
                assertEquals(pages.get("wrong"), pages.get(kind), kind + " answers exactly as a wrong password");
            }
            times.forEach((kind, micros) -> System.out.printf("refused sign-in, %s: median %d µs of %s%n", kind,
                    micros.stream().sorted().toList().get(micros.size() / 2), micros));
        } finally {
            fixture(setup, "lockout");
            fixture(setup, "unlock?user=" + locked);
        }
    }

    @Test
    void fiveFailuresLockTheAccountAgainstTheRightPasswordToo() throws Exception {
        WebClient setup = new WebClient(base);
        String name = fixture(setup, "user?role=qa");
        fixture(setup, "lockout?failures=5&minutes=15");
        try {
            for (int i = 0; i < 5; i++) {
                new WebClient(base).login(name, WRONG);
            }
            fixture(setup, "unlock");

            WebClient client = new WebClient(base);
            assertEquals(200, client.login(name, SecurityFixtureServlet.PASSWORD).statusCode(), "refused: locked");
            assertEquals(302, client.get("app/home.xhtml").statusCode());

            fixture(setup, "unlock?user=" + name);
            assertEquals(302, client.login(name, SecurityFixtureServlet.PASSWORD).statusCode(), "signed in once unlocked");
            assertEquals(200, client.get("app/home.xhtml").statusCode());
        } finally {
            fixture(setup, "lockout");
            fixture(setup, "unlock?user=" + name);
        }
    }

    @Test
    void aDirectoryAccountSignsInWithTheDirectorysPasswordAndCountsTowardTheLockout() throws Exception {
        WebClient setup = new WebClient(base);
        String name = fixture(setup, "directory-user?role=qa");
        fixture(setup, "lockout?failures=5&minutes=15");
        try {
            WebClient client = new WebClient(base);
            assertEquals(302, client.login(name, SecurityFixtureServlet.DIRECTORY_PASSWORD).statusCode());
            assertEquals(200, client.get("app/home.xhtml").statusCode(), "signed in with the directory's password");
            HttpResponse<String> password = client.get("app/password.xhtml");
            assertTrue(password.body().contains(Texts.zh("password.directoryAccount")),
                    "the password page says where the password is changed");
            assertFalse(password.body().contains("id=\"password:current\""), "and offers no form");

            HttpResponse<String> wrong = new WebClient(base).login(name, WRONG);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains(Texts.zh("login.failed")));
            for (int i = 0; i < 4; i++) {
                new WebClient(base).login(name, WRONG);
            }
            fixture(setup, "unlock");
            HttpResponse<String> locked = new WebClient(base).login(name, SecurityFixtureServlet.DIRECTORY_PASSWORD);
            assertEquals(200, locked.statusCode(), "locked after five wrong passwords: the directory's is refused too");
            assertTrue(locked.body().contains(Texts.zh("login.failed")));
            fixture(setup, "unlock?user=" + name);
            assertEquals(302, new WebClient(base).login(name, SecurityFixtureServlet.DIRECTORY_PASSWORD).statusCode(),
                    "unlocked: the directory's password again");
        } finally {
            fixture(setup, "lockout");
            fixture(setup, "unlock?user=" + name);
        }
    }

    @Test
    void aSignedInUserWhoPostsTheLoginFormAgainIsSignedOutNotSignedInAgainWithoutAPassword() throws Exception {
        WebClient setup = new WebClient(base);
        String name = fixture(setup, "user?role=qa");
        WebClient client = new WebClient(base);
        client.login(name, SecurityFixtureServlet.PASSWORD);
        assertEquals(200, client.get("app/home.xhtml").statusCode());

        HttpResponse<String> again = client.login(name, WRONG);

        assertEquals(200, again.statusCode(), "refused: the old sign-in is not taken instead of the password");
        assertEquals(302, client.get("app/home.xhtml").statusCode(), "and the old sign-in is gone");
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtTheNextRequest() throws Exception {
        WebClient setup = new WebClient(base);
        String name = fixture(setup, "user?role=qa");
        WebClient client = new WebClient(base);
        client.login(name, SecurityFixtureServlet.PASSWORD);
        assertEquals(200, client.get("app/home.xhtml").statusCode());

        fixture(setup, "disable?user=" + name);

        HttpResponse<String> next = client.get("app/complaints/worklist.xhtml");
        assertEquals(302, next.statusCode());
        assertTrue(next.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?ended=true"));
        assertTrue(client.get("login.xhtml?ended=true").body().contains(Texts.zh("login.ended")));
        assertEquals(302, client.get("app/home.xhtml").statusCode(), "still signed out");
    }

    @Test
    void changingAUsersRolesEndsTheirOpenSessionAndTheNewSignInHasTheNewRoles() throws Exception {
        WebClient setup = new WebClient(base);
        String name = fixture(setup, "user?role=production");
        WebClient client = new WebClient(base);
        client.login(name, SecurityFixtureServlet.PASSWORD);
        assertEquals(403, client.get("app/statistics/monthly.xhtml").statusCode());

        fixture(setup, "roles?user=" + name + "&role=gm-office");

        assertEquals(302, client.get("app/home.xhtml").statusCode(), "the session with the old roles ended");
        client.login(name, SecurityFixtureServlet.PASSWORD);
        assertEquals(200, client.get("app/statistics/monthly.xhtml").statusCode());
    }

    @Test
    void aUserWhoMustChangeTheirPasswordReachesNothingElseUntilTheyDo() throws Exception {
        WebClient setup = new WebClient(base);
        String name = fixture(setup, "user?role=qa&mustChange=true");
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(name, SecurityFixtureServlet.PASSWORD).statusCode());

        for (String page : List.of("app/home.xhtml", "app/complaints/worklist.xhtml")) {
            HttpResponse<String> response = client.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/app/password.xhtml"), page);
        }
        HttpResponse<String> form = client.get("app/password.xhtml");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains(Texts.zh("password.mustChange")));

        assertTrue(change(client, "wrong-current-password", "My-Own-Password-2026").body()
                .contains(Texts.zh("error.WrongPasswordException")));
        assertTrue(change(client, SecurityFixtureServlet.PASSWORD, "1qaz2wsx3edc").body()
                .contains(Texts.zh("error.WeakPasswordException.COMMON")));
        assertTrue(change(client, SecurityFixtureServlet.PASSWORD, SecurityFixtureServlet.PASSWORD).body()
                .contains(Texts.zh("error.WeakPasswordException.SAME_AS_OLD")));
        assertEquals(302, client.get("app/home.xhtml").statusCode(), "nothing changed yet");

        WebClient elsewhere = new WebClient(base);
        assertEquals(302, elsewhere.login(name, SecurityFixtureServlet.PASSWORD).statusCode());
        HttpResponse<String> changed = change(client, SecurityFixtureServlet.PASSWORD, "My-Own-Password-2026");
        assertEquals(302, changed.statusCode());
        assertEquals(200, client.get("app/home.xhtml").statusCode(), "the session that changed it goes on");
        assertEquals(302, elsewhere.get("app/password.xhtml").statusCode(), "every other session of the user ended");

        WebClient again = new WebClient(base);
        assertEquals(200, again.login(name, SecurityFixtureServlet.PASSWORD).statusCode(), "the old password is refused");
        assertEquals(302, again.login(name, "My-Own-Password-2026").statusCode());
        assertEquals(200, again.get("app/home.xhtml").statusCode());
    }

    private static HttpResponse<String> change(WebClient client, String current, String next) throws Exception {
        HttpResponse<String> page = client.get("app/password.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:current", current);
        form.put("password:new", next);
        form.put("password:repeat", next);
        form.put("password:change", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return client.post("app/password.xhtml", form);
    }

    /** The page without what differs by request anyway: the view state, and the name the user typed back. */
    private static String comparable(String page, String typedName) {
        return page.replaceAll("name=\"jakarta.faces.ViewState\"[^>]*value=\"[^\"]+\"", "")
                .replaceAll("nonce=\"[^\"]+\"", "").replaceAll("csp\\.init\\('[^']+'\\)", "")
                .replaceAll("id=\"j_id[^\"]*\"", "")
                .replace("value=\"" + typedName + "\"", "value=\"\"");
    }

    private String fixture(WebClient client, String action) throws Exception {
        int query = action.indexOf('?');
        String path = "test/security/" + (query < 0 ? action : action.substring(0, query));
        Map<String, String> form = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : action.substring(query + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(parts[0], parts[1]);
            }
        }
        HttpResponse<String> response = client.post(path, form);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
