package io.textcenter.messaging.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A GraphQL answer with the few look-ups tests need. */
public record Reply(int status, JsonObject body) {

    /** The value at a dotted path below {@code data}, e.g. "saveCustomer.mobile"; fails when there were errors. */
    public JsonValue data(String path) {
        assertFalse(body.containsKey("errors"), () -> "unexpected errors: " + body);
        JsonValue value = body.get("data");
        for (String step : path.split("\\.")) {
            value = value.asJsonObject().get(step);
        }
        return value;
    }

    public String string(String path) {
        JsonValue value = data(path);
        return value == JsonValue.NULL ? null : ((jakarta.json.JsonString) value).getString();
    }

    public JsonArray array(String path) {
        return data(path).asJsonArray();
    }

    /** The first error; fails when there was none. */
    public JsonObject error() {
        assertTrue(body.containsKey("errors"), () -> "expected an error: " + body);
        return body.getJsonArray("errors").getJsonObject(0);
    }

    public String errorCode() {
        return error().getJsonObject("extensions").getString("code", null);
    }

    public String errorMessage() {
        return error().getString("message");
    }

    /** Asserts a GraphQL error with this code whose message names {@code mentioned}. */
    public Reply assertError(String code, String mentioned) {
        assertEquals(code, errorCode(), body::toString);
        assertTrue(errorMessage().contains(mentioned), () -> "\"" + mentioned + "\" not in: " + body);
        return this;
    }
}
