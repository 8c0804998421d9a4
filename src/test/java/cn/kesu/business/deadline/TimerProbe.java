package cn.kesu.business.deadline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.util.List;

/** Test support: the module's active timers, as "info|persistent|minute" lines (an interval timer: "every" and the minutes to its next firing), sorted. */
@Stateless
@PermitAll
public class TimerProbe {

    @Resource
    TimerService timers;

    public List<String> timers() {
        return timers.getAllTimers().stream().map(TimerProbe::line).sorted().toList();
    }

    /** An interval timer's next firing, rounded up to whole minutes from now: its period right after the start. */
    private static long next(Timer timer) {
        return (timer.getTimeRemaining() + 59_999) / 60_000;
    }

    private static String line(Timer timer) {
        return timer.getInfo() + "|" + (timer.isPersistent() ? "persistent" : "node") + "|"
                + (timer.isCalendarTimer() ? timer.getSchedule().getMinute() : "every " + next(timer));
    }
}
