package io.textcenter.messaging.quiethours;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The time zones a phone number may be in, from its country and area code (libphonenumber's mapper): one for most
 * numbers, several for a country or area that spans zones, none for a number that says nothing about where it is.
 */
final class RecipientZones {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private RecipientZones() {}

    /** The zones of this E.164 number; empty when unknown. */
    static List<ZoneId> of(String e164) {
        try {
            return PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(NUMBERS.parse(e164, null)).stream()
                    .filter(id -> !id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone()))
                    .map(RecipientZones::zone)
                    .filter(Objects::nonNull)
                    .toList();
        } catch (NumberParseException notANumber) {
            return List.of();
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknownToTheJdk) {
            return null;
        }
    }
}
