package io.textcenter.messaging.web.center;

import static io.textcenter.messaging.web.support.Fixtures.TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The Text Messaging Center page (/messaging/center/) in a real browser: the deployed WAR with the fake Twilio as its
 * account, driven by the Playwright walk-through in src/test/browser (headless Chromium). This test gives it the
 * server, two signed-in people (an agent and an administrator) and the webhook signing key, and passes when every
 * step of it passed. Screenshots of each screen land in target/center-screenshots. Runs with -Pbrowser.
 */
@Isolated("Chromium takes the processors the other classes' timings count on")
class CenterPageIT extends AgainstTheDeployedModule {

    private static final Path BROWSER_TESTS = Path.of("src", "test", "browser");

    @Test
    void anAgentWorksAConversationLiveAndAnAdministratorFollowsABulkSend() throws IOException, InterruptedException {
        Server server = server();
        Center center = Center.withFakeTwilio(server);
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        String adminLogin = "admin-" + nonce;
        String agentLogin = "agent-" + nonce;
        Path screenshots = Files.createDirectories(Path.of("target", "center-screenshots"));
        Path log = Path.of("target", "center-browser-test.log");

        ProcessBuilder walkThrough = new ProcessBuilder("node", "--test", "--test-reporter=spec", "center.test.mjs")
                .directory(BROWSER_TESTS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        walkThrough
                .environment()
                .putAll(Map.of(
                        "CENTER_URL", server.uri("/messaging/center/").toString(),
                        "GRAPHQL_URL", server.uri("/messaging/graphql").toString(),
                        "ADMIN_LOGIN", adminLogin,
                        "ADMIN_TOKEN", TOKENS.issue(adminLogin, "Administrator"),
                        "AGENT_LOGIN", agentLogin,
                        "AGENT_TOKEN", TOKENS.issue(agentLogin, "TextMessaging"),
                        "PUBLIC_BASE_URL", center.webhooks().publicBaseUrl(),
                        "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN,
                        "CHROMIUM", System.getProperty("browser.chromium"),
                        "SCREENSHOT_DIR", screenshots.toAbsolutePath().toString()));
        Process node = walkThrough.start();
        boolean finished = node.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the browser walk-through did not finish within 5 minutes");
        assertEquals(0, node.exitValue(), "the browser walk-through failed; see " + log.toAbsolutePath());
    }
}
