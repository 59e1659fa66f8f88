package io.textcenter.messaging.web.media;

import io.textcenter.messaging.conversation.AttachmentData;
import io.textcenter.messaging.conversation.ConversationQueries;
import io.textcenter.messaging.settings.TwilioCredentials;
import io.textcenter.messaging.settings.TwilioSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves an attachment at the signed URL {@link MediaUrls} issued (no signature, a forged or an expired one: 403).
 * Received media are fetched from Twilio's API host only ({@code messaging.twilio.api-base-url}) with the account's
 * credentials; the redirect Twilio answers with (to its storage) is followed without them. A media URL anywhere else
 * is never fetched: the credentials must not leave for, and the server must not be made to call, another host. What is
 * served cannot run on the module's origin: only types an MMS carries are shown inline, the rest is a download, and
 * every answer is {@code nosniff} and sandboxed. In sandbox mode, the sandbox phone's pictures come from the WAR
 * ({@link SandboxPictures}).
 */
@Path("media")
@RequestScoped
public class MediaResource {

    private static final Logger LOG = Logger.getLogger(MediaResource.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 3;

    @Inject
    MediaUrls urls;

    @Inject
    ConversationQueries queries;

    @Inject
    SandboxPictures sandboxPictures;

    @Inject
    TwilioSettingsService twilio;

    @Inject
    @ConfigProperty(name = "messaging.twilio.api-base-url")
    String apiBaseUrl;

    @GET
    @Path("{id}")
    public Response attachment(
            @PathParam("id") String id,
            @QueryParam("expires") long expires,
            @QueryParam("signature") String signature) {
        if (!urls.valid(id, expires, signature)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        Optional<AttachmentData> attachment = queries.attachment(id);
        if (attachment.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        Optional<InputStream> sandboxPicture =
                sandboxPictures.open(attachment.get().sourceUrl());
        if (sandboxPicture.isPresent()) {
            return served(sandboxPicture.get(), attachment.get());
        }
        if (!MediaHosts.isUnder(attachment.get().sourceUrl(), apiBaseUrl)) {
            LOG.warning(() -> "Attachment " + id + " is not on Twilio's API host; it is not fetched");
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return fetch(attachment.get());
    }

    private Response fetch(AttachmentData attachment) {
        try {
            URI location = URI.create(attachment.sourceUrl());
            HttpResponse<InputStream> media =
                    HTTP.send(withCredentials(location), HttpResponse.BodyHandlers.ofInputStream());
            for (int hop = 0; isRedirect(media.statusCode()) && hop < MAX_REDIRECTS; hop++) {
                media.body().close();
                Optional<URI> next = media.headers()
                        .firstValue("Location")
                        .map(location::resolve)
                        .filter(MediaHosts::isHttp);
                if (next.isEmpty()) {
                    break;
                }
                location = next.get();
                media = HTTP.send(
                        HttpRequest.newBuilder(location)
                                .timeout(FETCH_TIMEOUT)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            }
            if (media.statusCode() != Response.Status.OK.getStatusCode()) {
                media.body().close();
                int status = media.statusCode();
                LOG.warning(() -> "Carrier answered " + status + " for attachment " + attachment.id());
                return Response.status(Response.Status.BAD_GATEWAY).build();
            }
            return served(media.body(), attachment);
        } catch (IOException | IllegalArgumentException unreachable) {
            LOG.warning(() -> "Cannot fetch attachment " + attachment.id() + ": " + unreachable);
            return Response.status(Response.Status.BAD_GATEWAY).build();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
    }

    private static Response served(InputStream content, AttachmentData attachment) {
        Response.ResponseBuilder answer = Response.ok(content).header("Cache-Control", "private, max-age=300");
        MediaAnswer.headersFor(attachment.contentType()).forEach(answer::header);
        return answer.build();
    }

    private HttpRequest withCredentials(URI location) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(location).timeout(FETCH_TIMEOUT).GET();
        twilio.credentials().ifPresent(account -> request.header("Authorization", basic(account)));
        return request.build();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String basic(TwilioCredentials account) {
        String pair = account.accountSid() + ":" + account.authToken();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
