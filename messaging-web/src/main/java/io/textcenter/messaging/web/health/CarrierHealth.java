package io.textcenter.messaging.web.health;

import io.textcenter.messaging.carrier.CarrierStatus;
import io.textcenter.messaging.persistence.DatabaseMigrations;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Names where texts go: TWILIO, SANDBOX, or NOT_CONFIGURED (they wait in the outbox); STARTING until the database
 * schema is in place. Always UP: an install without an account must still serve its administration, where the
 * account is saved.
 */
@Readiness
@ApplicationScoped
public class CarrierHealth implements HealthCheck {

    private static final String STARTING = "STARTING";

    @Inject
    CarrierStatus carrier;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("messaging-carrier")
                .up()
                .withData("carrier", state())
                .build();
    }

    private String state() {
        try {
            return migrations.pendingCount() == 0 ? carrier.now().name() : STARTING;
        } catch (EJBException initializing) {
            return STARTING;
        }
    }
}
