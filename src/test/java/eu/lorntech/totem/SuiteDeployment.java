package eu.lorntech.totem;

import java.util.TreeSet;
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

/**
 * Arquillian deploys and removes the application around each test class: about 9 s each, some 60
 * times in CI. The test classes of a suite deploy one of two archives ({@link Deployments}: the
 * application as built, or the application with every in-server test), so this extension keeps the
 * archive deployed after a class and reuses it for the next class that asks for the same content;
 * another archive replaces it. {@link DeploymentOrder} runs the classes of one archive together.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(KeepDeployed.class);
    }

    /** Runs inside Arquillian's deployment context (lower precedence than its context handler). */
    public static class KeepDeployed {

        private static Kept kept;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            DeploymentDescription wanted = event.getDeployment().getDescription();
            if (!wanted.isArchiveDeployment()) {
                context.proceed();
                return;
            }
            String content = content(archiveOf(wanted));
            if (kept != null && kept.content.equals(content) && kept.container == event.getDeployableContainer()) {
                description.set(wanted);
                deployment.set(event.getDeployment());
                protocolMetaData.set(kept.metaData);
                event.getDeployment().deployed();
                return;
            }
            if (kept != null) {
                kept.container.undeploy(kept.archive);
                kept = null;
            }
            context.proceed();
            if (event.getDeployment().isDeployed() && !event.getDeployment().hasDeploymentError()) {
                kept = new Kept(content, archiveOf(wanted), event.getDeployableContainer(), protocolMetaData.get());
            }
        }

        /** The server keeps its deployments across restarts: what is kept leaves before the server stops. */
        public void release(@Observes BeforeStop event) throws Exception {
            if (kept != null && kept.container == event.getDeployableContainer()) {
                Kept leaving = kept;
                kept = null;
                leaving.container.undeploy(leaving.archive);
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            DeploymentDescription leaving = context.getEvent().getDeployment().getDescription();
            if (kept != null && leaving.isArchiveDeployment() && kept.content.equals(content(archiveOf(leaving)))) {
                context.getEvent().getDeployment().undeployed();
                return; // stays deployed for the next class; the server stops with the suite
            }
            context.proceed();
        }

        private static Archive<?> archiveOf(DeploymentDescription d) {
            return d.getTestableArchive() != null ? d.getTestableArchive() : d.getArchive();
        }

        /** The archive's paths: the two archives of the suite differ by their test classes and protocol. */
        private static String content(Archive<?> archive) {
            return archive.getName() + new TreeSet<>(archive.getContent().keySet().stream().map(Object::toString).toList());
        }
    }

    private record Kept(String content, Archive<?> archive, DeployableContainer<?> container, ProtocolMetaData metaData) {
    }
}
