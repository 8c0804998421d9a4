package cn.kesu.business.user;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What decides, at every request, whether a signed-in session may go on: the account is enabled, its
 * sessions were not ended after this one signed in (roles changed, disabled, password reset), and the
 * session is younger than the longest session the company allows (参数设置), however active it was.
 */
public record AccountStanding(boolean enabled, boolean mustChangePassword, Instant sessionsValidFrom,
        Duration longestSession) implements Serializable {

    /** The standing of a user name that is no longer in the user table: no session may go on. */
    public static final AccountStanding GONE = new AccountStanding(false, false, null, Duration.ZERO);

    public boolean endsSession(Instant signedInAt, Instant now) {
        return !enabled
                || sessionsValidFrom != null && !signedInAt.isAfter(sessionsValidFrom)
                || !now.isBefore(signedInAt.plus(longestSession));
    }
}
