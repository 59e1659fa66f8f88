package io.textcenter.messaging.web.abuse;

import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachments as an attacker would send them: a page or an SVG that would run script on the center's origin, and a
 * media URL that points the server (and the account's credentials) at another host.
 */
class MediaAbuseIT extends AgainstTheDeployedModule {

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;
    private Line line;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(server());
        line = center.line("TWO_WAY");
    }

    @Test
    void anHtmlOrSvgAttachmentIsADownloadThatIsNeverSniffedOrRun() {
        byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
        for (String claimed : List.of("text/html", "image/svg+xml", "text/html; charset=utf-8")) {
            String media = twilio.media("page-" + System.nanoTime(), claimed, script);
            HttpResponse<String> served = center.server().get(attachmentUrl(media, claimed));

            assertEquals(200, served.statusCode(), claimed);
            assertEquals(
                    "application/octet-stream",
                    served.headers().firstValue("Content-Type").orElse(""),
                    claimed);
            assertEquals(
                    "attachment",
                    served.headers().firstValue("Content-Disposition").orElse(""),
                    claimed);
            assertEquals(
                    "nosniff",
                    served.headers().firstValue("X-Content-Type-Options").orElse(""),
                    claimed);
            assertEquals(
                    "sandbox",
                    served.headers().firstValue("Content-Security-Policy").orElse(""),
                    claimed);
        }
        String picture =
                twilio.media("picture-" + System.nanoTime(), "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        HttpResponse<String> image = center.server().get(attachmentUrl(picture, "image/png"));
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertFalse(image.headers().firstValue("Content-Disposition").isPresent(), "a picture is shown inline");
        assertEquals(
                "sandbox", image.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void aMediaUrlOnAnotherHostIsStoredButNeverRequested() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
        try {
            String foreign = "http://127.0.0.1:" + trap.getAddress().getPort() + "/steal.png";
            String url = attachmentUrl(foreign, "image/png");

            assertEquals(404, center.server().get(url).statusCode());
            assertEquals(0, requests.get(), "requests that reached the other host");
        } finally {
            trap.stop(0);
        }
    }

    @Test
    void twiliosRedirectToItsStorageIsFollowedWithoutTheCredentials() {
        String name = "stored-" + System.nanoTime();
        String media = twilio.mediaInStorage(name, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        HttpResponse<String> served = center.server().get(attachmentUrl(media, "image/jpeg"));

        assertEquals(200, served.statusCode());
        assertEquals(1, twilio.storageRequests(name).size());
        assertFalse(
                twilio.storageRequests(name).get(0).containsHeader("Authorization"), "credentials sent to the storage");
    }

    /** Receives an MMS with this media URL and type; the module's signed URL of its attachment (a path). */
    private String attachmentUrl(String mediaUrl, String contentType) {
        String mobile = e164(localMobile());
        Map<String, String> mms = Webhooks.text(messageSid(), mobile, line.number(), "see attached");
        mms.put("NumMedia", "1");
        mms.put("MediaUrl0", mediaUrl);
        mms.put("MediaContentType0", contentType);
        assertEquals(200, center.webhooks().inbound(mms).statusCode());
        String customer = center.customer("Mallory " + System.nanoTime(), mobile);
        JsonObject attachment =
                center.onlyConversationOf(customer).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                        .filter(message -> message.getString("direction").equals("INBOUND"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonArray("attachments")
                        .getJsonObject(0);
        String url = attachment.getString("url");
        assertTrue(url.startsWith("/messaging/api/media/"), "served by the module, not linked: " + url);
        return url;
    }
}
