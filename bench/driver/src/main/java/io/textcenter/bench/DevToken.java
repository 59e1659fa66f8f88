package io.textcenter.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Development JWTs from the repository's {@code ./dev-token} command (the same issuer the tests use), which a server
 * started with {@code server-config/dev-jwt/dev-only-jwt.properties} trusts.
 */
final class DevToken {

    private static final String HOURS = "12";

    private DevToken() {
    }

    /** A token for {@code loginId} in one group, e.g. Administrator or TextMessaging. */
    static String issue(Path devTokenCommand, String loginId, String group) {
        try {
            Process command = new ProcessBuilder(devTokenCommand.toString(), loginId, group, HOURS)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(command.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (command.waitFor() != 0 || token.isEmpty()) {
                throw new IllegalStateException(devTokenCommand + " issued no token (exit " + command.exitValue() + ")");
            }
            return token;
        } catch (IOException unrunnable) {
            throw new IllegalStateException("cannot run " + devTokenCommand, unrunnable);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + devTokenCommand + " ran", stopping);
        }
    }
}
