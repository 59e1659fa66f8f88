package io.textcenter.messaging.web.support;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an integration test starts from when its WAR holds test classes that change the module (a host's own customer
 * directory): Arquillian deploys the subclass's {@code @Deployment} on a Payara Micro of its own, reached through the
 * {@link #center} and its {@link #graphQL}, with texts going to the {@link #twilio fake carrier}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AgainstAnExtendedDeployment {

    @ArquillianResource
    URL deployment;

    protected final FakeTwilio twilio = FakeTwilio.instance();
    protected Center center;
    protected GraphQL graphQL;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(Server.at(deployment));
        graphQL = center.graphQL();
    }
}
