package cn.kesu.infrastructure.demo;

import cn.kesu.infrastructure.migration.StartupLock;
import cn.kesu.infrastructure.security.FirstAdministrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At deployment, the demo ({@link DemoData}) when the server runs with the demo switch
 * ({@link FirstAdministrator#demoMode()}). Without the switch nothing happens here; {@link FirstAdministrator}
 * makes sure somebody can sign in.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StartupData {

    @EJB
    DemoData demoData;

    @Inject
    StartupLock startupLock;

    /** One node at a time: a second node starting at once waits, then finds the demo there. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        startupLock.during(demoData::load);
    }
}
