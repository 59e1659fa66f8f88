package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.carrier.AccountNumber;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code TwilioPhoneNumber}: a number of the saved Twilio account. */
@Description("A phone number of the saved Twilio account (Twilio's IncomingPhoneNumbers)")
public record TwilioPhoneNumber(
        @NonNull @Id String sid,
        @NonNull String phoneNumber,
        String friendlyName,

        @Description("Where Twilio posts the texts it receives; null when nowhere")
        String smsUrl,

        @Description("The line this number is; null when it is none") @Id
        String lineId,

        @Description("Twilio posts this number's texts to this module's inbound webhook")
        boolean connected) {

    public static TwilioPhoneNumber of(AccountNumber data) {
        return new TwilioPhoneNumber(
                data.number().sid(),
                data.number().phoneNumber(),
                data.number().friendlyName(),
                data.number().smsUrl(),
                data.lineId(),
                data.connected());
    }
}
