package io.textcenter.messaging.carrier;

import io.textcenter.messaging.settings.TwilioSettingsService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Where texts go now, for health checks and operators. An EJB, so that callers on the server's own threads (the health
 * checks') read the module's configuration through the application, as every other call does.
 */
@Stateless
public class CarrierStatus {

    @Inject
    private Carriers carriers;

    @Inject
    private TwilioSettingsService twilio;

    public CarrierState now() {
        return carriers.state(twilio.credentials());
    }
}
