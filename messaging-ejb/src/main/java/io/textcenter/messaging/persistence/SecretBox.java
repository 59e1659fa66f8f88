package io.textcenter.messaging.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the secrets the module stores (the Twilio auth token, its own signing keys) with AES-GCM under a key that
 * does not live in the database: {@code messaging.secrets.key} (32 bytes, base64), from the environment or a password
 * alias. A sealed value names its key, so after a rotation the previous keys ({@code messaging.secrets.previous-keys})
 * still open what they sealed until it is sealed again under the current one.
 */
@ApplicationScoped
public class SecretBox {

    static final String PREFIX = "aesgcm:v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String currentKeyId;
    private Map<String, SecretKeySpec> keysById;

    protected SecretBox() {
        // for CDI proxies
    }

    @Inject
    public SecretBox(
            @ConfigProperty(name = "messaging.secrets.key") String key,
            @ConfigProperty(name = "messaging.secrets.previous-keys") Optional<String> previousKeys) {
        keysById = new LinkedHashMap<>();
        currentKeyId = add(key, "messaging.secrets.key");
        previousKeys.map(keys -> List.of(keys.split(","))).orElse(List.of()).stream()
                .map(String::strip)
                .filter(previous -> !previous.isEmpty())
                .forEach(previous -> add(previous, "messaging.secrets.previous-keys"));
    }

    /** The value sealed under the current key; null stays null. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed =
                crypt(Cipher.ENCRYPT_MODE, keysById.get(currentKeyId), nonce, plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX + currentKeyId + ":"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }

    /** What {@link #seal} sealed; a value that is not sealed (written before sealing) is returned as it is. */
    public String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        SecretKeySpec key = keysById.get(parts[0]);
        if (key == null || parts.length < 2) {
            throw new IllegalStateException("a stored secret was sealed with key " + parts[0]
                    + ", which is neither messaging.secrets.key nor one of messaging.secrets.previous-keys");
        }
        byte[] all = Base64.getDecoder().decode(parts[1]);
        byte[] plain = crypt(
                Cipher.DECRYPT_MODE,
                key,
                Arrays.copyOf(all, NONCE_BYTES),
                Arrays.copyOfRange(all, NONCE_BYTES, all.length));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** Whether this stored value must be sealed again: not sealed at all, or sealed under a previous key. */
    public boolean needsResealing(String stored) {
        return stored != null && !(isSealed(stored) && stored.startsWith(PREFIX + currentKeyId + ":"));
    }

    private static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private String add(String base64Key, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(
                    setting + " must be 32 bytes in base64 (e.g. openssl rand -base64 32)", notBase64);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must be 32 bytes in base64 (e.g. openssl rand -base64 32), not "
                    + key.length + " bytes");
        }
        String id = keyId(key);
        keysById.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** A short name of the key that does not reveal it: the start of its SHA-256. */
    private static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException tamperedOrWrongKey) {
            throw new IllegalStateException(
                    "a stored secret cannot be opened: it was changed, or sealed with another key", tamperedOrWrongKey);
        }
    }
}
