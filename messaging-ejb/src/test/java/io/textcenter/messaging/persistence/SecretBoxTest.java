package io.textcenter.messaging.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String OLD_KEY = key('o');
    private static final String NEW_KEY = key('n');
    private static final String TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";

    @Test
    void aSealedSecretRevealsNothingAndOpensToWhatWasSealed() {
        SecretBox box = new SecretBox(NEW_KEY, Optional.empty());
        String sealed = box.seal(TOKEN);

        assertFalse(sealed.contains(TOKEN));
        assertNotEquals(sealed, box.seal(TOKEN), "a fresh nonce each time");
        assertEquals(TOKEN, box.open(sealed));
        assertFalse(box.needsResealing(sealed));
    }

    @Test
    void aChangedSealedValueIsRefused() {
        SecretBox box = new SecretBox(NEW_KEY, Optional.empty());
        String sealed = box.seal(TOKEN);
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);

        assertThrows(IllegalStateException.class, () -> box.open(tampered));
    }

    @Test
    void afterARotationThePreviousKeyOpensWhatItSealedUntilItIsSealedAgain() {
        String sealedBefore = new SecretBox(OLD_KEY, Optional.empty()).seal(TOKEN);
        SecretBox rotated = new SecretBox(NEW_KEY, Optional.of(" " + OLD_KEY + " "));

        assertEquals(TOKEN, rotated.open(sealedBefore));
        assertTrue(rotated.needsResealing(sealedBefore));
        String resealed = rotated.seal(rotated.open(sealedBefore));
        assertEquals(
                TOKEN, new SecretBox(NEW_KEY, Optional.empty()).open(resealed), "the previous key is no longer needed");
        assertThrows(
                IllegalStateException.class,
                () -> new SecretBox(NEW_KEY, Optional.empty()).open(sealedBefore),
                "without the previous key, what it sealed cannot be opened");
    }

    @Test
    void aValueWrittenBeforeSealingIsReadAsItIsAndSealedAtTheNextStart() {
        SecretBox box = new SecretBox(NEW_KEY, Optional.empty());
        assertEquals(TOKEN, box.open(TOKEN));
        assertTrue(box.needsResealing(TOKEN));
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsAConfigurationError() {
        assertThrows(IllegalStateException.class, () -> new SecretBox("c2hvcnQ=", Optional.empty()));
        assertThrows(IllegalStateException.class, () -> new SecretBox("not base64!", Optional.empty()));
    }

    private static String key(char filler) {
        return Base64.getEncoder()
                .encodeToString(String.valueOf(filler).repeat(32).getBytes());
    }
}
