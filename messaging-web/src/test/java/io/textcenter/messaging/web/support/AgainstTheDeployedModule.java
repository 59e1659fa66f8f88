package io.textcenter.messaging.web.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an integration test of the deployed module starts from: the module's WAR ({@link Deployments#messagingWar()})
 * on a fresh Payara Micro of the test class's own (Arquillian), reached as a {@link #server()}. A test that needs more
 * in its WAR declares its own deployment instead.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AgainstTheDeployedModule {

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.messagingWar();
    }

    /** The deployed module, as a frontend or Twilio reaches it. */
    protected Server server() {
        return Server.at(deployment);
    }
}
