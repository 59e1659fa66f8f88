package io.textcenter.messaging.inbound;

import io.textcenter.messaging.api.ForbiddenException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.carrier.CarrierState;
import io.textcenter.messaging.carrier.CarrierStatus;
import io.textcenter.messaging.conversation.MediaItem;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Urls;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's phone for sandbox mode: a text "sent" to one of the company's lines is received exactly as a signed
 * webhook's would be (consent keywords, auto-responders, confirmations, the outbound-only answer, linking). Refused
 * when texts go to a real carrier: there, only the carrier says what customers sent.
 */
@Stateless
public class SandboxPhone {

    private static final String PICTURE = "image/jpeg";

    @Inject
    private CarrierStatus carrier;

    @Inject
    private InboundService inbound;

    @Inject
    private PhoneNumbers phoneNumbers;

    /** Whether texts go to the sandbox carrier now: only then is there a sandbox phone. */
    public boolean available() {
        return carrier.now() == CarrierState.SANDBOX;
    }

    /** The stored INBOUND message. */
    public MessageData text(String from, String to, String body, List<String> mediaUrls) {
        if (!available()) {
            throw new ForbiddenException(
                    "the sandbox phone works only in sandbox mode (messaging.carrier.sandbox=true)");
        }
        List<String> urls = mediaUrls == null ? List.of() : mediaUrls;
        if (urls.size() > CarrierLimits.MAX_MEDIA) {
            throw new ValidationException("mediaUrls", "at most " + CarrierLimits.MAX_MEDIA + " media");
        }
        List<MediaItem> media = new ArrayList<>();
        for (int n = 0; n < urls.size(); n++) {
            media.add(new MediaItem(Urls.required("mediaUrls[" + n + "]", urls.get(n)), PICTURE));
        }
        String sender = phoneNumbers.require("from", from);
        String line = phoneNumbers.require("to", to);
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        try {
            return inbound.receive(new InboundText(sid, sender, line, body, media))
                    .orElseThrow();
        } catch (UnknownLineException notALine) {
            throw new ValidationException("to", "no line of the company has the number " + line);
        }
    }
}
