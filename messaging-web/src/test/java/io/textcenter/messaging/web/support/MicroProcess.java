package io.textcenter.messaging.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The production WAR on a Payara Micro of its own, as an operator starts it: on PostgreSQL (the post-boot commands of
 * server-config) or its embedded H2, with the dev JWT key, Twilio calls going to the tests' fake carrier, and, for a cluster, in a data
 * grid on loopback with TCP discovery. Its output goes to target/micro-logs/NAME.log.
 */
public final class MicroProcess implements AutoCloseable {

    public static final int POSTGRESQL_PORT = 5432;
    private static final Path SERVER_CONFIG = Path.of(System.getProperty("server.config.dir", "../server-config"));
    private static final Path MODULE_WAR = Path.of("target", "messaging.war");

    /** Twilio is the tests' fake carrier, and what waits for minutes in production waits for seconds. */
    private static final Map<String, String> TEST_SETTINGS = Map.of(
            "messaging.twilio.response-timeout", "PT2S",
            "messaging.outbox.unknown-outcome-after", "PT5S",
            "messaging.bulk.lease", "PT10S",
            "messaging.twilio.reconcile-interval", "PT3S",
            "messaging.twilio.status-settle-after", "PT10S");

    private final String name;
    private final Process process;
    private final Server server;
    private final Path log;

    private MicroProcess(String name, Process process, int httpPort, Path log) {
        this.name = name;
        this.process = process;
        this.server = Server.on(httpPort);
        this.log = log;
    }

    /** A cluster of instances on loopback, named {@code cluster}, one per name; started together, ready when returned. */
    public static List<MicroProcess> cluster(String cluster, String database, List<String> names) {
        List<Integer> gridPorts = names.stream().map(any -> freePort()).toList();
        String members = String.join(
                ",", gridPorts.stream().map(port -> "127.0.0.1:" + port).toList());
        List<MicroProcess> instances = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            instances.add(start(
                    names.get(i),
                    database,
                    Map.of(),
                    List.of(
                            "--interfaces",
                            "127.0.0.1",
                            "--clustername",
                            cluster,
                            "--clustermode",
                            "tcpip:" + members,
                            "--startport",
                            Integer.toString(gridPorts.get(i))),
                    MODULE_WAR));
        }
        try {
            instances.forEach(instance -> instance.awaitReady(Duration.ofMinutes(4)));
        } catch (RuntimeException failed) {
            instances.forEach(MicroProcess::close);
            throw failed;
        }
        return instances;
    }

    /** One instance on its own (no data grid), ready when returned. */
    public static MicroProcess single(String name, String database) {
        return single(name, database, Map.of());
    }

    /**
     * One instance on its own, on a database nobody else uses: the PostgreSQL database {@code database} when the tests
     * run on PostgreSQL, else the embedded H2 of its own fresh root directory.
     */
    public static MicroProcess fresh(String name, String database) {
        return fresh(name, database, Map.of());
    }

    /** As {@link #fresh(String, String)}, with these settings in place of the development ones. */
    public static MicroProcess fresh(String name, String database, Map<String, String> settings) {
        return fresh(name, database, settings, MODULE_WAR);
    }

    /** As {@link #fresh(String, String, Map)}, deploying {@code war} (named messaging.war) instead of the module's. */
    public static MicroProcess fresh(String name, String database, Map<String, String> settings, Path war) {
        boolean onPostgresql = "postgresql".equals(System.getProperty("it.database"));
        MicroProcess instance = start(name, onPostgresql ? database : null, settings, List.of("--nocluster"), war);
        instance.awaitReady(Duration.ofMinutes(4));
        return instance;
    }

    /** One instance on its own, with these settings in place of the development ones (e.g. another secrets key). */
    public static MicroProcess single(String name, String database, Map<String, String> settings) {
        MicroProcess instance = start(name, database, settings, List.of("--nocluster"), MODULE_WAR);
        instance.awaitReady(Duration.ofMinutes(4));
        return instance;
    }

    /**
     * @param database the PostgreSQL database, or null for the embedded H2
     * @param settings system properties in place of the development ones of server-config
     * @param war the WAR to deploy, named messaging.war so that it answers at /messaging
     */
    private static MicroProcess start(
            String name, String database, Map<String, String> settings, List<String> clustering, Path war) {
        int httpPort = freePort();
        try {
            Path logs = Files.createDirectories(Path.of("target", "micro-logs"));
            Path log = logs.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    // C1 only, as for the Arquillian server: a test server lives minutes, and C2 compiling the boot's
                    // code would take one of the machine's two cores from the tests; with the usual code cache, not
                    // the 48 MB C1 alone gets, which a server can fill
                    "-XX:TieredStopAtLevel=1",
                    "-XX:ReservedCodeCacheSize=240m",
                    "-jar",
                    "target/payara/payara-micro.jar",
                    "--name",
                    name,
                    "--port",
                    Integer.toString(httpPort),
                    "--rootdir",
                    Files.createTempDirectory("micro-" + name).toString(),
                    "--systemproperties",
                    developmentSettings(name, settings).toString()));
            if (database != null) {
                command.addAll(List.of(
                        "--addlibs",
                        "target/payara/postgresql.jar",
                        "--postbootcommandfile",
                        SERVER_CONFIG.resolve("postgresql.asadmin").toString()));
            }
            command.addAll(clustering);
            command.addAll(List.of("--deploy", war.toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (database != null) {
                builder.environment().put("MESSAGING_DB_NAME", database);
            }
            return new MicroProcess(name, builder.start(), httpPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The development settings of server-config and the tests' short timings, with {@code settings} in place of theirs,
     * in a file of its own.
     */
    private static Path developmentSettings(String name, Map<String, String> settings) throws IOException {
        Properties properties = new Properties();
        try (var development = Files.newBufferedReader(SERVER_CONFIG.resolve("dev-jwt/dev-only-jwt.properties"))) {
            properties.load(development);
        }
        properties.putAll(TEST_SETTINGS);
        properties.put("messaging.twilio.api-base-url", "http://127.0.0.1:" + Integer.getInteger("fake.carrier.port"));
        properties.putAll(settings);
        Path file = Files.createTempFile("micro-" + name, ".properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "development settings of " + name);
        }
        return file;
    }

    public Server server() {
        return server;
    }

    public String name() {
        return name;
    }

    /** Kills the process at once, as a crash or a pulled plug would: no clean shutdown. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void awaitReady(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive() || deploymentFailed()) {
                close();
                throw new IllegalStateException(name + " failed to start the module; see " + log.toAbsolutePath());
            }
            try {
                if (server.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(Duration.ofMillis(200));
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + patience + "; see " + log.toAbsolutePath());
    }

    private boolean deploymentFailed() {
        try {
            return Files.readString(log).contains("Exception while deploying");
        } catch (IOException unreadable) {
            return false;
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
