package io.textcenter.messaging.web.support;

import io.textcenter.messaging.web.inside.SqlStatementCounter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the real WAR as Maven built it (named messaging.war, so at /messaging). */
public final class Deployments {

    private Deployments() {}

    public static WebArchive messagingWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/messaging.war"));
    }

    /** The WAR of the server the test classes share: the module's, and the test-only classes that add endpoints. */
    static Path sharedModuleWar() {
        Path war = Path.of("target", "shared-module", "messaging.war");
        try {
            Files.createDirectories(war.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        messagingWar()
                .addPackage(SqlStatementCounter.class.getPackage())
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        return war;
    }
}
