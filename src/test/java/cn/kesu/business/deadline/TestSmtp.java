package cn.kesu.business.deadline;

/**
 * The port of the SMTP server an in-container mail test starts: the one the build gives the test server as its
 * relay (SMTP_PORT, pom.xml's kesu.it.smtp.port), so two test servers side by side (.ci/run) each have their own.
 */
final class TestSmtp {

    private TestSmtp() {
    }

    static int port() {
        return Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT", "3025"));
    }
}
