package io.textcenter.messaging.web.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the real WAR as Maven built it (named messaging.war, so at /messaging). */
public final class Deployments {

    private Deployments() {}

    public static WebArchive messagingWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/messaging.war"));
    }
}
