package io.textcenter.messaging.quiethours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hours of a recipient's day in which automated texts may reach them: from {@code opensAt} until {@code closesAt},
 * local time. A window that closes before it opens runs overnight (e.g. 22:00 to 06:00 for a night shift); one that
 * closes when it opens (00:00 to 00:00) is open around the clock: no quiet hours.
 */
public record TextingWindow(LocalTime opensAt, LocalTime closesAt) {

    /** What the TCPA's rules and the strictest state laws allow: 8 a.m. to 9 p.m. */
    public static final TextingWindow DEFAULT = new TextingWindow(LocalTime.of(8, 0), LocalTime.of(21, 0));

    private static final int DAYS_SEARCHED = 3;

    /** Whether a text may arrive at this local time. */
    public boolean allows(LocalTime time) {
        if (opensAt.equals(closesAt)) {
            return true;
        }
        boolean afterOpening = !time.isBefore(opensAt);
        boolean beforeClosing = time.isBefore(closesAt);
        return opensAt.isBefore(closesAt) ? afterOpening && beforeClosing : afterOpening || beforeClosing;
    }

    /**
     * Empty when the window is open at {@code now} in every one of {@code zones}; else the first moment after it at
     * which it is open in all of them. If no moment in the next days suits them all (zones too far apart for the
     * window), the first zone's opening decides.
     */
    public Optional<Instant> closedUntil(Instant now, Collection<ZoneId> zones) {
        if (isOpenInAll(now, zones)) {
            return Optional.empty();
        }
        List<Instant> openings = zones.stream()
                .flatMap(zone -> openingsAfter(now, zone))
                .sorted()
                .toList();
        return Optional.of(openings.stream()
                .filter(opening -> isOpenInAll(opening, zones))
                .findFirst()
                .orElseGet(() -> openingsAfter(now, zones.iterator().next())
                        .min(Comparator.naturalOrder())
                        .orElseThrow()));
    }

    private boolean isOpenInAll(Instant moment, Collection<ZoneId> zones) {
        return zones.stream().allMatch(zone -> allows(moment.atZone(zone).toLocalTime()));
    }

    /** The zone's openings after {@code now} in the days searched (an opening a clock change skips is after the gap). */
    private Stream<Instant> openingsAfter(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return Stream.iterate(today.minusDays(1), day -> day.plusDays(1))
                .limit(DAYS_SEARCHED + 1)
                .map(day -> ZonedDateTime.of(day, opensAt, zone).toInstant())
                .filter(opening -> opening.isAfter(now))
                .filter(opening -> opening.isBefore(now.plus(Duration.ofDays(DAYS_SEARCHED))));
    }
}
