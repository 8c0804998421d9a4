package cn.kesu.business.deadline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.util.List;

/** Test support: the module's active timers, as "info|persistent|minute" lines, sorted. */
@Stateless
@PermitAll
public class TimerProbe {

    @Resource
    TimerService timers;

    public List<String> timers() {
        return timers.getAllTimers().stream().map(TimerProbe::line).sorted().toList();
    }

    private static String line(Timer timer) {
        return timer.getInfo() + "|" + (timer.isPersistent() ? "persistent" : "node") + "|"
                + timer.getSchedule().getMinute();
    }
}
