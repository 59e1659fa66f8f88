package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.carrier.CarrierException;
import io.textcenter.messaging.carrier.CarrierGateway;
import io.textcenter.messaging.carrier.Carriers;
import io.textcenter.messaging.outbound.DeliveryReports;
import io.textcenter.messaging.outbound.OutboxMetrics;
import io.textcenter.messaging.runtime.KeepsRunning;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every two seconds: wakes the dispatcher for lines with messages due (retries whose time came, messages left after
 * a restart), applies status reports whose texts were recorded meanwhile, and settles sends whose outcome is unknown
 * by asking the carrier whether it took them. Starts once the
 * schema is migrated, so that its first sweep on a new database finds the tables.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@KeepsRunning
public class OutboxSweep {

    private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());

    @Inject
    private OutboxClaims claims;

    @Inject
    private OutboxSettlement settlement;

    @Inject
    private Dispatcher dispatcher;

    @Inject
    private Carriers carriers;

    @Inject
    private DeliveryReports reports;

    @Inject
    private OutboxMetrics metrics;

    @Inject
    @ConfigProperty(name = "messaging.outbox.unknown-outcome-after")
    Duration unknownOutcomeAfter;

    @Inject
    @ConfigProperty(name = "messaging.outbox.settle-within")
    Duration settleWithin;

    /** The outbox's gauges read the database, so they are registered once its schema is there. */
    @PostConstruct
    void registerGauges() {
        metrics.registerGauges();
    }

    /**
     * Lines are woken first: settling asks the carrier once per message, and a slow carrier must not hold up the texts
     * that are due. No transaction around it all: each step of the claims and the settlement commits on its own, and nothing is held open
     * while the carrier answers.
     */
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        claims.linesWithDueMessages().forEach(dispatcher::wake);
        reports.applyWaiting();
        for (SendJob unsettled : settlement.unsettled(unknownOutcomeAfter, settleWithin)) {
            Optional<CarrierGateway> carrier = carriers.forAccount(unsettled.account());
            if (carrier.isEmpty()) {
                continue;
            }
            try {
                settlement.settle(unsettled, carrier.get().findTaken(unsettled.text(), unsettled.slot()));
            } catch (CarrierException unreadable) {
                LOG.warning(() -> "Message " + unsettled.messageId() + " keeps its unknown outcome for now: "
                        + unreadable.getMessage());
            }
        }
    }
}
