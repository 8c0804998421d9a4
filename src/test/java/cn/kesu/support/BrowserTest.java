package cn.kesu.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the screen tests: headless Chromium ({@link Browser}, a screenshot after every test) and
 * sign-in as a demo user. The browser is closed after each test class. Tagged {@value #TAG}: CI runs them
 * on H2 only, since what they add to the in-container tests is the screens, not the database.
 */
@Tag(BrowserTest.TAG)
public abstract class BrowserTest extends ClientTest {

    public static final String TAG = "browser";

    @RegisterExtension
    protected static final Browser BROWSER = new Browser();

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    /** A fresh session signed in as the demo user with this name. */
    protected Pages as(String username) {
        return BROWSER.signIn(base, username);
    }
}
