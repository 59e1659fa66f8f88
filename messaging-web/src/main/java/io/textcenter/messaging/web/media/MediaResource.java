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

/**
 * Serves an attachment at the signed URL {@link MediaUrls} issued: received media are fetched from the carrier with
 * the account's credentials. No signature, a forged or an expired one: 403.
 */
@Path("media")
@RequestScoped
public class MediaResource {

    private static final Logger LOG = Logger.getLogger(MediaResource.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    MediaUrls urls;

    @Inject
    ConversationQueries queries;

    @Inject
    TwilioSettingsService twilio;

    @GET
    @Path("{id}")
    public Response attachment(@PathParam("id") String id, @QueryParam("expires") long expires,
                               @QueryParam("signature") String signature) {
        if (!urls.valid(id, expires, signature)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        Optional<AttachmentData> attachment = queries.attachment(id);
        if (attachment.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return fetch(attachment.get());
    }

    private Response fetch(AttachmentData attachment) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(attachment.sourceUrl())).timeout(FETCH_TIMEOUT).GET();
        twilio.credentials().ifPresent(account -> request.header("Authorization", basic(account)));
        try {
            HttpResponse<InputStream> media = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (media.statusCode() != Response.Status.OK.getStatusCode()) {
                media.body().close();
                LOG.warning(() -> "Carrier answered " + media.statusCode() + " for attachment " + attachment.id());
                return Response.status(Response.Status.BAD_GATEWAY).build();
            }
            return Response.ok(media.body(), attachment.contentType()).header("Cache-Control", "private, max-age=300").build();
        } catch (IOException unreachable) {
            LOG.warning(() -> "Cannot fetch attachment " + attachment.id() + ": " + unreachable);
            return Response.status(Response.Status.BAD_GATEWAY).build();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
    }

    private static String basic(TwilioCredentials account) {
        String pair = account.accountSid() + ":" + account.authToken();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
