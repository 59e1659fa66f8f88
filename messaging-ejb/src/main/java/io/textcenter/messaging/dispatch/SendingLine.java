package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.TwilioCredentials;
import java.util.Optional;

/**
 * A line as its claimed texts are sent: its number and pace, where the carrier reports their statuses, and the account
 * that sends them.
 */
record SendingLine(
        SenderLineData line, double pace, Optional<String> statusCallback, Optional<TwilioCredentials> account) {}
