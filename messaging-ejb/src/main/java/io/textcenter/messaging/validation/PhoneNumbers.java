package io.textcenter.messaging.validation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.textcenter.messaging.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns what people type ("(555) 010-2345", "+44 20 7946 0958") into E.164, the one form numbers are stored and compared
 * in. Numbers without a country code are read in the configured default region. Parsing took a tenth of the processor
 * time of a received text (a profile of the webhook benchmark), and the same numbers come again and again (the
 * lines', the customers'), so the answers for the most recent numbers are kept.
 */
@ApplicationScoped
public class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int NUMBERS_KEPT = 10_000;

    private final Cache<String, Optional<String>> e164ByInput =
            Caffeine.newBuilder().maximumSize(NUMBERS_KEPT).build();

    private String defaultRegion;

    protected PhoneNumbers() {
        // for CDI proxies
    }

    @Inject
    public PhoneNumbers(@ConfigProperty(name = "messaging.phone.default-region") String defaultRegion) {
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("messaging.phone.default-region is not a region code: " + defaultRegion);
        }
        this.defaultRegion = defaultRegion;
    }

    /** The number in E.164; a missing or invalid one is a validation error naming {@code field}. */
    public String require(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException(field, "a phone number is required");
        }
        return toE164(field, raw);
    }

    /** The number in E.164, or null when none was given; an invalid one is a validation error naming {@code field}. */
    public String optional(String field, String raw) {
        return raw == null || raw.isBlank() ? null : toE164(field, raw);
    }

    /**
     * The number as logs may show it, without telling whose it is: the first two characters and the last two digits
     * ("+1********77" for a US number). Customers' numbers are personal data.
     */
    public static String masked(String number) {
        if (number == null || number.length() <= 4) {
            return "****";
        }
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }

    /** The number in E.164, or empty when it is not a phone number (a short code, an alphanumeric sender). */
    public Optional<String> e164(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : e164ByInput.get(raw.strip(), this::parse);
    }

    private String toE164(String field, String raw) {
        return e164ByInput
                .get(raw.strip(), this::parse)
                .orElseThrow(() -> new ValidationException(field, "\"" + raw + "\" is not a valid phone number"));
    }

    /** The number in E.164, or empty when it is unreadable or no carrier could reach it. */
    private Optional<String> parse(String input) {
        try {
            PhoneNumber number = UTIL.parse(input, defaultRegion);
            if (UTIL.isValidNumber(number)) {
                return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException unreadable) {
            // the same answer as a well-formed number that no carrier could reach
        }
        return Optional.empty();
    }
}
