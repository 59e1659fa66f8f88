package io.textcenter.messaging.web.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Run it", in a browser: the module started by {@code ./run} as a new user starts it (embedded H2, the
 * demo company, the sandbox carrier; the WAR this build made), then the Playwright walk-through in src/test/browser
 * (try-it.test.mjs) opens the administrator link {@code ./run} printed and tries a two-way conversation. Screenshots
 * land in target/try-it-screenshots. Runs with -Pbrowser. {@code ./run}'s signing key is public, so it must answer on
 * loopback only: nothing answers on the machine's other addresses.
 */
class TryItIT {

    private static final Path BROWSER_TESTS = Path.of("src", "test", "browser");
    private static final Pattern ADMIN_LINK = Pattern.compile("as an administrator\\s+(http\\S+#token=\\S+)");

    @Test
    void fromRunToATwoWayConversationInTheBrowser() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "try-it-screenshots"));
        Path log = Path.of("target", "try-it-browser-test.log");
        int port = freePort();
        Process run = new ProcessBuilder("./run", "--no-build", "--port", Integer.toString(port))
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String adminLink = printedAdministratorLink(run).get(5, TimeUnit.MINUTES);
            for (InetAddress address : addressesOthersReach()) {
                assertThrows(
                        IOException.class,
                        () -> new Socket(address, port).close(),
                        "./run, whose signing key is public, must not answer on " + address);
            }

            ProcessBuilder walkThrough = new ProcessBuilder("node", "--test", "--test-reporter=spec", "try-it.test.mjs")
                    .directory(BROWSER_TESTS.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            walkThrough
                    .environment()
                    .putAll(Map.of(
                            "ADMIN_LINK",
                            adminLink,
                            "CHROMIUM",
                            System.getProperty("browser.chromium"),
                            "SCREENSHOT_DIR",
                            screenshots.toAbsolutePath().toString()));
            Process node = walkThrough.start();
            boolean finished = node.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                node.destroyForcibly().waitFor();
            }
            System.out.println(Files.readString(log));
            assertTrue(finished, "the walk-through did not finish within 5 minutes");
            assertEquals(
                    0,
                    node.exitValue(),
                    "the walk-through failed; see " + log.toAbsolutePath()
                            + " and the server's log, target/try-it-run.log");
        } finally {
            stop(run);
        }
    }

    /** Reads what ./run prints (echoing it) until it names the administrator's sign-in link; then drains the rest. */
    private static CompletableFuture<String> printedAdministratorLink(Process run) {
        BufferedReader output = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    System.out.println("./run: " + line);
                    Matcher found = ADMIN_LINK.matcher(line);
                    if (found.find()) {
                        // the server keeps printing: read it, so that it never blocks on a full pipe, into a file
                        // that says what the server did during the walk-through
                        CompletableFuture.runAsync(() -> keep(output, Path.of("target", "try-it-run.log")));
                        return found.group(1);
                    }
                }
                throw new IllegalStateException("./run ended without printing a sign-in link");
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        });
    }

    private static void keep(BufferedReader output, Path file) {
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                writer.write(line);
                writer.newLine();
                writer.flush();
            }
        } catch (IOException gone) {
            // ./run was stopped: nothing more to keep
        }
    }

    /** Stops ./run and the Payara Micro it started, by their process ids. */
    private static void stop(Process run) throws InterruptedException {
        run.descendants().forEach(ProcessHandle::destroy);
        run.destroy();
        if (!run.waitFor(30, TimeUnit.SECONDS)) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly().waitFor();
        }
    }

    /** This machine's addresses other machines could reach it at (none on a machine with loopback only). */
    private static List<InetAddress> addressesOthersReach() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(TryItIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException unknown) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
