package io.textcenter.messaging.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers us = new PhoneNumbers("US");

    @ParameterizedTest
    @CsvSource({
        "(201) 555-0123, +12015550123",
        "201.555.0123, +12015550123",
        "1 201 555 0123, +12015550123",
        "+1 201-555-0123, +12015550123",
        "+44 20 7946 0958, +442079460958",
        "'  +12015550123  ', +12015550123"
    })
    void numbersAsPeopleTypeThemBecomeE164(String typed, String e164) {
        assertEquals(e164, us.require("mobile", typed));
    }

    @Test
    void numbersWithoutCountryCodeAreReadInTheDefaultRegion() {
        assertEquals("+442079460958", new PhoneNumbers("GB").require("mobile", "020 7946 0958"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "555", "call me", "+1 000 000 0000", "(201) 555-01234567"})
    void invalidNumbersAreValidationErrorsNamingTheField(String typed) {
        var error = assertThrows(ValidationException.class, () -> us.optional("phoneNumber", typed));
        assertEquals("phoneNumber", error.field());
        assertTrue(error.getMessage().startsWith("phoneNumber: "), error.getMessage());
    }

    @Test
    void aNumberAskedForAgainGetsTheSameAnswerForItsOwnField() {
        assertEquals(us.require("From", "+1 201-555-0123"), us.require("mobile", "+1 201-555-0123"));
        assertThrows(ValidationException.class, () -> us.require("From", "call me"));
        var again = assertThrows(ValidationException.class, () -> us.require("To", "call me"));
        assertEquals("To", again.field());
    }

    @Test
    void anOptionalNumberMayBeAbsentButARequiredOneMayNot() {
        assertNull(us.optional("mobile", null));
        assertNull(us.optional("mobile", "  "));
        assertEquals(
                "mobile",
                assertThrows(ValidationException.class, () -> us.require("mobile", ""))
                        .field());
    }

    @Test
    void anUnknownDefaultRegionIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumbers("XX"));
    }

    @Test
    void logsShowNumbersMaskedAndSendersThatAreNoNumberAsTheyCame() {
        assertEquals("+1********77", PhoneNumbers.masked("+12015550177"));
        assertEquals("****", PhoneNumbers.masked("+1"));
        assertEquals(java.util.Optional.empty(), us.e164("ALERTS"));
        assertEquals(java.util.Optional.of("+12015550177"), us.e164("(201) 555-0177"));
    }
}
