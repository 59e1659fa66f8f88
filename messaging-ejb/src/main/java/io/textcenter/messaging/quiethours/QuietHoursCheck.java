package io.textcenter.messaging.quiethours;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a text may reach a number at {@code now}: in the zone the host's directory knows for it ({@code
 * knownZones}), else by the time zones of the number, else the company's. Several zones (an area that spans them) wait
 * for the moment the window is open in all.
 */
public record QuietHoursCheck(TextingWindow window, ZoneId companyZone, Map<String, ZoneId> knownZones, Instant now) {

    /** Empty when a text may reach this E.164 number now; else when it may. */
    public Optional<Instant> closedFor(String number) {
        List<ZoneId> zones =
                knownZones.containsKey(number) ? List.of(knownZones.get(number)) : RecipientZones.of(number);
        return window.closedUntil(now, zones.isEmpty() ? List.of(companyZone) : zones);
    }
}
