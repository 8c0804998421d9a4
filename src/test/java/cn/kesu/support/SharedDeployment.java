package cn.kesu.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Deploys the shared test archive ({@link Deployments#SHARED_NAME}) once per test run instead of once
 * per test class. Every test class still declares its {@code @Deployment}; the first class deploys it,
 * the others find it deployed and get the same protocol data (context root, servlets), and it is
 * undeployed when the server stops. Other archives (a test's own probe, a second application) deploy
 * and undeploy as usual.
 *
 * <p>Written here rather than taken from arquillian-suite-extension: that library was last released in
 * 2020, needs Reflections and Guava, scans the classpath, and supports one deployment for everything.
 */
public class SharedDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Reuse.class);
    }

    /** Client-side observer: runs inside the deployment context that Arquillian activates for each deployment event. */
    public static class Reuse {

        private static final Map<String, Deployed> DEPLOYED = new LinkedHashMap<>();

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
            Deployment requested = context.getEvent().getDeployment();
            String name = archiveName(requested.getDescription());
            if (!Deployments.SHARED_NAME.equals(name)) {
                context.proceed();
                return;
            }
            Deployed shared = DEPLOYED.get(name);
            if (shared == null) {
                context.proceed();
                DEPLOYED.put(name, new Deployed(archive(requested.getDescription()), protocolMetaData.get()));
                return;
            }
            description.set(requested.getDescription());
            deployment.set(requested);
            protocolMetaData.set(shared.metaData());
            requested.deployed();
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Deployment requested = context.getEvent().getDeployment();
            if (DEPLOYED.containsKey(archiveName(requested.getDescription()))) {
                // Stays deployed for the next test class; marked undeployed for this one only.
                requested.undeployed();
            } else {
                context.proceed();
            }
        }

        /** The server keeps deployments in its configuration: leave none behind for the next run. */
        public void undeployBeforeStop(@Observes BeforeStop event) throws Exception {
            DeployableContainer<?> container = event.getDeployableContainer();
            for (Map.Entry<String, Deployed> entry : DEPLOYED.entrySet()) {
                LOG.info(() -> "undeploying the shared test archive " + entry.getKey());
                container.undeploy(entry.getValue().archive());
            }
            DEPLOYED.clear();
        }

        private static String archiveName(DeploymentDescription description) {
            Archive<?> archive = archive(description);
            return archive == null ? null : archive.getName();
        }

        private static Archive<?> archive(DeploymentDescription description) {
            if (!description.isArchiveDeployment()) {
                return null;
            }
            return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
        }
    }

    private record Deployed(Archive<?> archive, ProtocolMetaData metaData) {
    }
}
