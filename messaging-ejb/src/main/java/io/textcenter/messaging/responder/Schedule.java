package io.textcenter.messaging.responder;

import io.textcenter.messaging.api.ValidationException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opening hours: on these days, from {@code opensAt} to {@code closesAt} local time in {@code zone}. A window that
 * closes at or before it opens runs past midnight into the next day (22:00–06:00). Days are the days a window opens.
 * Local times follow the zone's daylight-saving changes.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt, ZoneId zone) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Validates what an administrator entered; errors name the field ("schedule.days", ...). */
    public static Schedule of(List<String> days, String opensAt, String closesAt, String timeZone) {
        if (days == null || days.isEmpty()) {
            throw new ValidationException("schedule.days", "name at least one day (MONDAY..SUNDAY)");
        }
        Set<DayOfWeek> parsedDays = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            try {
                parsedDays.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new ValidationException("schedule.days", "\"" + day + "\" is not a day (MONDAY..SUNDAY)");
            }
        }
        LocalTime opens = time("schedule.opensAt", opensAt);
        LocalTime closes = time("schedule.closesAt", closesAt);
        if (opens.equals(closes)) {
            throw new ValidationException("schedule.closesAt", "must differ from opensAt");
        }
        try {
            return new Schedule(parsedDays, opens, closes, ZoneId.of(timeZone == null ? "" : timeZone.strip()));
        } catch (DateTimeException unknown) {
            throw new ValidationException(
                    "schedule.timeZone", "\"" + timeZone + "\" is not a time zone (e.g. America/Chicago)");
        }
    }

    /** Whether the moment falls inside opening hours. */
    public boolean contains(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (opensAt.isBefore(closesAt)) {
            return days.contains(local.getDayOfWeek()) && !time.isBefore(opensAt) && time.isBefore(closesAt);
        }
        boolean lateInAnOpeningDay = days.contains(local.getDayOfWeek()) && !time.isBefore(opensAt);
        boolean earlyAfterAnOpeningDay = days.contains(local.getDayOfWeek().minus(1)) && time.isBefore(closesAt);
        return lateInAnOpeningDay || earlyAfterAnOpeningDay;
    }

    public List<String> dayNames() {
        return days.stream().map(DayOfWeek::name).toList();
    }

    public String opensAtText() {
        return opensAt.format(HH_MM);
    }

    public String closesAtText() {
        return closesAt.format(HH_MM);
    }

    private static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip(), HH_MM);
        } catch (DateTimeParseException malformed) {
            throw new ValidationException(field, "\"" + value + "\" is not a time of day as HH:mm (e.g. 08:00)");
        }
    }
}
