package io.textcenter.messaging.web.twilio;

import com.twilio.twiml.MessagingResponse;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.inbound.GroupCommit;
import io.textcenter.messaging.inbound.InboundService;
import io.textcenter.messaging.inbound.InboundText;
import io.textcenter.messaging.inbound.UnknownLineException;
import io.textcenter.messaging.outbound.DeliveryReports;
import io.textcenter.messaging.runtime.RetryOnClash;
import io.textcenter.messaging.settings.WebhookPaths;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Twilio's webhooks: received texts and delivery status callbacks. The only unauthenticated entry to the module, so
 * every request must carry a valid signature (403 otherwise, nothing stored). Answers at once with empty TwiML:
 * replies go through the outbox, where they are recorded and their delivery tracked. A webhook that could not be
 * stored is answered 503 for Twilio to retry.
 */
@Path("twilio")
@ApplicationScoped
public class TwilioWebhookResource {

    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(TwilioWebhookResource.class.getName());
    private static final String EMPTY_TWIML =
            new MessagingResponse.Builder().build().toXml();

    @Inject
    TwilioSignatures signatures;

    @Inject
    InboundService inbound;

    @Inject
    GroupCommit groupCommit;

    @Inject
    DeliveryReports reports;

    @Inject
    MetricRegistry metrics;

    @Inject
    RetryOnClash clashes;

    @POST
    @Path("inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    public Response inbound(
            MultivaluedMap<String, String> form, @HeaderParam(TwilioSignatures.HEADER) String signature) {
        return counted("inbound", receive(form, signature));
    }

    private Response receive(MultivaluedMap<String, String> form, String signature) {
        String sid = form.getFirst("MessageSid");
        try {
            if (!signatures.valid(WebhookPaths.INBOUND, form, signature)) {
                return Response.status(Response.Status.FORBIDDEN).build();
            }
            String from = form.getFirst("From");
            String to = form.getFirst("To");
            if (blank(sid) || blank(from) || blank(to)) {
                return badRequest("MessageSid, From and To are required");
            }
            InboundText text = new InboundText(sid, from, to, form.getFirst("Body"), media(form));
            groupCommit.receive(text);
        } catch (UnknownLineException notOurs) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(notOurs.getMessage())
                    .type(MediaType.TEXT_PLAIN)
                    .build();
        } catch (ValidationException invalid) {
            return badRequest(invalid.getMessage());
        } catch (EJBException notStored) {
            // The same text posted twice at once: the unique MessageSid let one in, and this one is a duplicate.
            if (!receivedMeanwhile(sid, notStored)) {
                return tryAgainLater("text " + sid, notStored);
            }
        }
        return Response.ok(EMPTY_TWIML).build();
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(
            MultivaluedMap<String, String> form, @HeaderParam(TwilioSignatures.HEADER) String signature) {
        return counted("status", report(form, signature));
    }

    private Response report(MultivaluedMap<String, String> form, String signature) {
        String sid = form.getFirst("MessageSid");
        try {
            if (!signatures.valid(WebhookPaths.STATUS, form, signature)) {
                return Response.status(Response.Status.FORBIDDEN).build();
            }
            String status = form.getFirst("MessageStatus");
            if (blank(sid) || blank(status)) {
                return badRequest("MessageSid and MessageStatus are required");
            }
            clashes.store(() -> reports.report(sid, status, form.getFirst("ErrorCode")));
        } catch (EJBException notStored) {
            return tryAgainLater("delivery status of " + sid, notStored);
        }
        return Response.ok().build();
    }

    /** Every answer is counted for operators, by webhook and HTTP status. */
    private Response counted(String webhook, Response answer) {
        metrics.counter(
                        Metadata.builder()
                                .withName("webhook_requests")
                                .withDescription("Twilio webhooks by their answer's HTTP status")
                                .build(),
                        new Tag("webhook", webhook),
                        new Tag("answer", Integer.toString(answer.getStatus())))
                .inc();
        return answer;
    }

    private boolean receivedMeanwhile(String sid, EJBException failure) {
        try {
            return inbound.alreadyReceived(sid);
        } catch (EJBException unreadable) {
            failure.addSuppressed(unreadable);
            return false;
        }
    }

    /**
     * Nothing was stored (the transaction rolled back, e.g. the database is restarting): 503, which Twilio retries,
     * and which the retry then finds as if it were the first.
     */
    private static Response tryAgainLater(String what, EJBException failure) {
        LOG.log(Level.WARNING, "Webhook not stored, answered 503 so that Twilio tries again: " + what, failure);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** Every MediaUrlN with its MediaContentTypeN (N from 0 to NumMedia - 1). */
    private static List<MediaItem> media(MultivaluedMap<String, String> form) {
        List<MediaItem> media = new ArrayList<>();
        for (int n = 0; n < CarrierLimits.MAX_MEDIA; n++) {
            String url = form.getFirst("MediaUrl" + n);
            if (!blank(url)) {
                String type = form.getFirst("MediaContentType" + n);
                media.add(new MediaItem(url, blank(type) ? "application/octet-stream" : type));
            }
        }
        return media;
    }

    private static Response badRequest(String reason) {
        LOG.info(() -> "Webhook refused: " + reason);
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(reason)
                .type(MediaType.TEXT_PLAIN)
                .build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
