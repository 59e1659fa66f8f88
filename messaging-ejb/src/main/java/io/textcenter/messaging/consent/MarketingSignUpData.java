package io.textcenter.messaging.consent;

import java.util.Locale;

/**
 * The keyword a customer texts to sign up for marketing (the whole text, any case; null: no sign-up by text) and the
 * wording of the invitation that names it, e.g. "Reply JOIN for offers by text, about two a month".
 */
public record MarketingSignUpData(String keyword, String wording) {

    /** Whether this received text is the sign-up keyword. */
    public boolean isSignUp(String body) {
        return keyword != null
                && body != null
                && body.strip().toUpperCase(Locale.ROOT).equals(keyword);
    }
}
