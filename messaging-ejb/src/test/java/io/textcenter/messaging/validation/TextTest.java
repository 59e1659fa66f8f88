package io.textcenter.messaging.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textcenter.messaging.api.ValidationException;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void textIsTrimmed() {
        assertEquals("Ann Lee", Text.required("name", "  Ann Lee \n", 10));
    }

    @Test
    void requiredTextMustHaveContent() {
        assertEquals(
                "name: must not be empty",
                assertThrows(ValidationException.class, () -> Text.required("name", " \t", 10))
                        .getMessage());
        assertEquals(
                "name",
                assertThrows(ValidationException.class, () -> Text.required("name", null, 10))
                        .field());
    }

    @Test
    void optionalTextIsNullWhenBlank() {
        assertNull(Text.optional("loginId", "   ", 10));
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        assertEquals("ab", Text.optional("code", "ab", 2));
        assertEquals(
                "code: must be at most 2 characters",
                assertThrows(ValidationException.class, () -> Text.optional("code", "abc", 2))
                        .getMessage());
    }
}
