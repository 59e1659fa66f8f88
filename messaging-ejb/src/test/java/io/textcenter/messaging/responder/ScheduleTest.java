package io.textcenter.messaging.responder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.api.ValidationException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Schedule WEEKDAYS = Schedule.of(
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "08:00", "17:00", "America/Chicago");

    private static Instant chicago(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), CHICAGO)
                .toInstant();
    }

    @Test
    void officeHoursOnWeekdays() {
        assertTrue(WEEKDAYS.contains(chicago("2026-11-25T08:00")), "opening minute is inside");
        assertTrue(WEEKDAYS.contains(chicago("2026-11-25T16:59")));
        assertFalse(WEEKDAYS.contains(chicago("2026-11-25T17:00")), "closing minute is outside");
        assertFalse(WEEKDAYS.contains(chicago("2026-11-25T07:59")));
        assertFalse(WEEKDAYS.contains(chicago("2026-11-28T10:00")), "Saturday");
    }

    @Test
    void hoursAreLocalToTheSchedulesZone() {
        assertTrue(WEEKDAYS.contains(Instant.parse("2026-11-25T14:00:00Z")), "8 AM in Chicago");
        assertFalse(WEEKDAYS.contains(Instant.parse("2026-11-25T13:30:00Z")), "7:30 AM in Chicago");
    }

    @Test
    void aWindowCanRunPastMidnight() {
        Schedule nights = Schedule.of(List.of("FRIDAY"), "22:00", "06:00", "America/Chicago");
        assertTrue(nights.contains(chicago("2026-11-27T23:30")), "Friday night");
        assertTrue(nights.contains(chicago("2026-11-28T05:59")), "early Saturday belongs to Friday's window");
        assertFalse(nights.contains(chicago("2026-11-28T06:00")));
        assertFalse(nights.contains(chicago("2026-11-28T23:00")), "Saturday night is not open");
        assertFalse(nights.contains(chicago("2026-11-27T05:00")), "early Friday belongs to Thursday's window");
    }

    @Test
    void daylightSavingChangesKeepLocalHours() {
        Schedule mornings = Schedule.of(List.of("SUNDAY", "MONDAY"), "08:00", "12:00", "America/Chicago");
        // 2026-03-08: clocks go forward; 8 AM is 14:00Z before and 13:00Z after.
        assertTrue(mornings.contains(Instant.parse("2026-03-08T13:30:00Z")), "8:30 AM CDT on the change day");
        assertFalse(mornings.contains(Instant.parse("2026-03-01T13:30:00Z")), "7:30 AM CST a week before");
        // 2026-11-01: clocks go back.
        assertTrue(mornings.contains(Instant.parse("2026-11-02T14:30:00Z")), "8:30 AM CST after the change");
        assertFalse(mornings.contains(Instant.parse("2026-11-02T13:30:00Z")), "7:30 AM CST");
    }

    @Test
    void badInputNamesTheField() {
        assertEquals(
                "schedule.days",
                assertThrows(ValidationException.class, () -> Schedule.of(List.of("FUNDAY"), "08:00", "17:00", "UTC"))
                        .field());
        assertEquals(
                "schedule.days",
                assertThrows(ValidationException.class, () -> Schedule.of(List.of(), "08:00", "17:00", "UTC"))
                        .field());
        assertEquals(
                "schedule.opensAt",
                assertThrows(ValidationException.class, () -> Schedule.of(List.of("MONDAY"), "8am", "17:00", "UTC"))
                        .field());
        assertEquals(
                "schedule.closesAt",
                assertThrows(ValidationException.class, () -> Schedule.of(List.of("MONDAY"), "08:00", "08:00", "UTC"))
                        .field());
        assertEquals(
                "schedule.timeZone",
                assertThrows(
                                ValidationException.class,
                                () -> Schedule.of(List.of("MONDAY"), "08:00", "17:00", "Mars/Base"))
                        .field());
    }
}
