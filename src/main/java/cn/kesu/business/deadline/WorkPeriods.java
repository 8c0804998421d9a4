package cn.kesu.business.deadline;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How often each node runs the reminder scan and the notice mail on its own schedule (besides the shared
 * database timers), and how long a sender's claim on a notice lasts: {@code KESU_SCAN_EVERY} (default a quarter
 * of an hour), {@code KESU_MAIL_EVERY} (five minutes) and {@code KESU_MAIL_CLAIM} (ten minutes), ISO-8601
 * durations such as {@code PT15M} or {@code PT20S}. A site that wants mail sooner shortens the mail period; the
 * cluster check shortens all three so a node's death is survived within its time budget.
 *
 * @param scan  between two of this node's reminder scans (催办扫描)
 * @param mail  between two of this node's mail runs
 * @param claim how long a sender holds a notice before another may send it; a mail run stops well inside it
 */
public record WorkPeriods(Duration scan, Duration mail, Duration claim) {

    static final Duration SHORTEST = Duration.ofSeconds(5);
    private static final Duration LONGEST_RUN = Duration.ofMinutes(4);

    public WorkPeriods {
        require("KESU_SCAN_EVERY", scan);
        require("KESU_MAIL_EVERY", mail);
        require("KESU_MAIL_CLAIM", claim);
    }

    /** The server's settings, from its environment. */
    public static WorkPeriods fromEnvironment() {
        return of(System.getenv());
    }

    static WorkPeriods of(Map<String, String> environment) {
        return new WorkPeriods(read(environment, "KESU_SCAN_EVERY", Duration.ofMinutes(15)),
                read(environment, "KESU_MAIL_EVERY", Duration.ofMinutes(5)),
                read(environment, "KESU_MAIL_CLAIM", Duration.ofMinutes(10)));
    }

    /**
     * How long one mail run may send before it leaves the rest to the next: four minutes, or less than half a
     * short claim, so a run never outlives the claim of the mail it is sending.
     */
    public Duration mailRunBudget() {
        Duration half = claim.dividedBy(2);
        return half.compareTo(LONGEST_RUN) < 0 ? half : LONGEST_RUN;
    }

    private static Duration read(Map<String, String> environment, String name, Duration otherwise) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not an ISO-8601 duration such as PT5M", e);
        }
    }

    private static void require(String name, Duration value) {
        if (value == null || value.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException(name + " must be at least " + SHORTEST + ", not " + value);
        }
    }
}
