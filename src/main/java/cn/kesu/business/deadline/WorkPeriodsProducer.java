package cn.kesu.business.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads {@link WorkPeriods} from the server's environment once; a bad value fails the deployment with its name. */
@ApplicationScoped
public class WorkPeriodsProducer {

    @Produces
    @Singleton
    WorkPeriods periods() {
        return WorkPeriods.fromEnvironment();
    }
}
