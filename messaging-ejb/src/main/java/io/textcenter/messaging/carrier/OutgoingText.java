package io.textcenter.messaging.carrier;

import java.util.List;

/**
 * One text for the carrier.
 *
 * @param mediaUrls         public URLs the carrier fetches (MMS); empty for SMS
 * @param statusCallbackUrl where the carrier reports delivery; null when the module has no public address
 */
public record OutgoingText(String from, String to, String body, List<String> mediaUrls, String statusCallbackUrl) {}
