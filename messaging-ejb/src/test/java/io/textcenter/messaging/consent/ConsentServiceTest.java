package io.textcenter.messaging.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.persistence.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Marketing consent against the module's schema, without a server: the latest event decides, STOP withdraws it. */
class ConsentServiceTest {

    private static final String ANN = "+12015550101";
    private static final String BO = "+12015550102";

    private final TestDatabase database = TestDatabase.fresh();
    private final ConsentService consent = ConsentFixture.on(
            database.entityManager(), Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void marketingGoesToNumbersWhoseLatestConsentEventGivesIt() {
        inTransaction(service -> {
            service.recordMarketing(ANN, true, ConsentSource.VERBAL, "Offers by text", "on the phone", "bob");
            service.recordMarketing(BO, true, ConsentSource.WRITTEN, "Offers by text", null, "bob");
            service.recordMarketing(BO, false, ConsentSource.AGENT, null, "changed their mind", "carol");
        });

        assertEquals(Set.of(ANN), consent.withMarketingConsentAmong(List.of(ANN, BO)));
        ConsentState bo = consent.statesOf(List.of(BO)).get(0);
        assertFalse(bo.marketing());
        assertEquals(
                List.of(ConsentSource.WRITTEN, ConsentSource.AGENT),
                bo.history().stream().map(MarketingConsentData::source).toList());
    }

    @Test
    void stopWithdrawsMarketingConsentAndStartDoesNotGiveItBack() {
        inTransaction(service -> {
            service.recordMarketing(ANN, true, ConsentSource.VERBAL, "Offers by text", null, "bob");
            service.optOut(ANN, "keyword STOP");
        });
        assertTrue(consent.statesOf(List.of(ANN)).get(0).optedOut());

        inTransaction(service -> service.optIn(ANN));

        ConsentState ann = consent.statesOf(List.of(ANN)).get(0);
        assertFalse(ann.optedOut());
        assertFalse(ann.marketing());
        assertEquals(ConsentSource.STOP, ann.history().get(1).source());
    }

    @Test
    void theSignUpKeywordRecordsConsentWithTheInvitationsWording() {
        inTransaction(service -> service.em
                .find(MarketingSignUp.class, MarketingSignUp.THE_ROW)
                .set(new MarketingSignUpData("JOIN", "Reply JOIN for offers")));

        inTransaction(service -> {
            assertFalse(service.signUpByKeyword(BO, "join us?"));
            assertTrue(service.signUpByKeyword(ANN, " Join "));
        });

        MarketingConsentData given =
                consent.statesOf(List.of(ANN)).get(0).history().get(0);
        assertEquals(ConsentSource.KEYWORD, given.source());
        assertEquals("Reply JOIN for offers", given.wording());
        assertFalse(consent.hasMarketingConsent(BO));
    }

    private void inTransaction(Consumer<ConsentService> work) {
        database.write(em -> work.accept(consent));
    }
}
