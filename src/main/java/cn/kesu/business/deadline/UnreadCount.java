package cn.kesu.business.deadline;

import java.io.Serializable;

/**
 * What waits in a user's inbox, as the menu and the home page show it on every page: reminders, investigations and
 * the GM office's items counted one by one, overdue 回访 only up to {@link Inbox#FOLLOW_UPS_COUNTED} — where nobody
 * records them they run to hundreds of thousands of closed cases, and no page counts them all (issue 17).
 *
 * @param items the items counted
 * @param more  whether more overdue follow-ups wait than were counted
 */
public record UnreadCount(long items, boolean more) implements Serializable {

    public static final UnreadCount NONE = new UnreadCount(0, false);

    public boolean isEmpty() {
        return items == 0 && !more;
    }

    /** "12", or "105+" when more follow-ups wait than were counted. */
    public String shown() {
        return more ? items + "+" : Long.toString(items);
    }
}
