package io.textcenter.messaging.quiethours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a bulk or scheduled text may reach a number, in the recipient's local time. */
class QuietHoursCheckTest {

    private static final String NEW_YORK_NUMBER = "+12125550123";
    private static final String SAN_FRANCISCO_NUMBER = "+14155550123";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void theDefaultWindowIsEightInTheMorningToNineAtNight() {
        TextingWindow window = TextingWindow.DEFAULT;
        assertTrue(window.allows(LocalTime.of(8, 0)));
        assertTrue(window.allows(LocalTime.of(20, 59)));
        assertFalse(window.allows(LocalTime.of(21, 0)));
        assertFalse(window.allows(LocalTime.of(7, 59)));
    }

    @Test
    void aWindowThatClosesBeforeItOpensRunsOvernight() {
        TextingWindow nightShift = new TextingWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertTrue(nightShift.allows(LocalTime.of(23, 30)));
        assertTrue(nightShift.allows(LocalTime.of(5, 59)));
        assertFalse(nightShift.allows(LocalTime.of(12, 0)));
    }

    @Test
    void aWindowThatClosesWhenItOpensIsOpenAroundTheClock() {
        TextingWindow aroundTheClock = new TextingWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertTrue(aroundTheClock.allows(LocalTime.of(3, 0)));
        assertEquals(
                Optional.empty(),
                new QuietHoursCheck(aroundTheClock, NEW_YORK, Map.of(), Instant.parse("2026-12-03T08:00:00Z"))
                        .closedFor(NEW_YORK_NUMBER));
    }

    @Test
    void numbersInTwoTimeZonesAtOneMomentOneIsTextedTheOtherWaitsForItsMorning() {
        // 8:30 in New York is 5:30 in San Francisco
        QuietHoursCheck check = check(Instant.parse("2026-12-03T13:30:00Z"));

        assertEquals(Optional.empty(), check.closedFor(NEW_YORK_NUMBER));
        assertEquals(Optional.of(Instant.parse("2026-12-03T16:00:00Z")), check.closedFor(SAN_FRANCISCO_NUMBER));
    }

    @Test
    void aTextDueAfterTheWindowClosedWaitsForTheNextMorning() {
        // 21:15 in New York on December 2
        assertEquals(
                Optional.of(Instant.parse("2026-12-03T13:00:00Z")),
                check(Instant.parse("2026-12-03T02:15:00Z")).closedFor(NEW_YORK_NUMBER));
    }

    @Test
    void aNumberThatSpansSeveralZonesWaitsUntilTheWindowIsOpenInAll() {
        // 20:30 in New York, 17:30 in Los Angeles: closed in neither; at 21:30 New York closes until its 8:00, which
        // is 5:00 in Los Angeles: both are open from 8:00 in Los Angeles
        TextingWindow window = TextingWindow.DEFAULT;
        assertEquals(
                Optional.empty(),
                window.closedUntil(Instant.parse("2026-12-04T01:30:00Z"), List.of(NEW_YORK, LOS_ANGELES)));
        assertEquals(
                Optional.of(Instant.parse("2026-12-04T16:00:00Z")),
                window.closedUntil(Instant.parse("2026-12-04T02:30:00Z"), List.of(NEW_YORK, LOS_ANGELES)));
    }

    @Test
    void aNumberThatTellsNoPlaceGoesByTheCompanysTimeZone() {
        QuietHoursCheck check = new QuietHoursCheck(
                TextingWindow.DEFAULT, LOS_ANGELES, Map.of(), Instant.parse("2026-12-03T13:30:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-12-03T16:00:00Z")), check.closedFor("not a number"));
    }

    @Test
    void aZoneTheHostKnowsForTheCustomerGoesBeforeTheNumbers() {
        // a New York number whose customer lives in Honolulu, where 8:30 in New York is 3:30 in the morning
        QuietHoursCheck check = new QuietHoursCheck(
                TextingWindow.DEFAULT,
                NEW_YORK,
                Map.of(NEW_YORK_NUMBER, ZoneId.of("Pacific/Honolulu")),
                Instant.parse("2026-12-03T13:30:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-12-03T18:00:00Z")), check.closedFor(NEW_YORK_NUMBER));
    }

    @Test
    void theWindowOpensAtItsLocalTimeAcrossAClockChange() {
        // the night before summer time in New York (March 8, 2026): 8:00 is then 12:00 UTC, not 13:00
        assertEquals(
                Optional.of(Instant.parse("2026-03-08T12:00:00Z")),
                check(Instant.parse("2026-03-08T03:00:00Z")).closedFor(NEW_YORK_NUMBER));
    }

    private static QuietHoursCheck check(Instant now) {
        return new QuietHoursCheck(TextingWindow.DEFAULT, NEW_YORK, Map.of(), now);
    }
}
