package io.textcenter.messaging.consent;

import io.textcenter.messaging.api.ConflictException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Text;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Marketing consent recorded by an agent: how the customer gave it (verbally or in writing), the wording they agreed
 * to, a note, and who recorded it; or taken back. Each is audited.
 */
@Stateless
public class MarketingConsents {

    private static final int WORDING_LENGTH = 1600;
    private static final int NOTE_LENGTH = 500;
    private static final int KEYWORD_LENGTH = 32;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private ConsentService consent;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MarketingSignUpChanged> changed;

    public ConsentState of(String number) {
        return consent.statesOf(List.of(phoneNumbers.require("number", number))).get(0);
    }

    /** The consent of each of these E.164 numbers, one read for them all. */
    public List<ConsentState> of(List<String> numbers) {
        return consent.statesOf(numbers);
    }

    /** {@code source}: VERBAL or WRITTEN, what the agent saw or heard. */
    public ConsentState record(
            String number, ConsentSource source, String wording, String note, String recorderLoginId) {
        if (source != ConsentSource.VERBAL && source != ConsentSource.WRITTEN) {
            throw new ValidationException("source", "VERBAL or WRITTEN: how the customer gave their consent");
        }
        String phoneNumber = phoneNumbers.require("number", number);
        if (consent.isOptedOut(phoneNumber)) {
            throw new ConflictException("the number opted out of all texts: it must text START before anything else");
        }
        ConsentState before = of(phoneNumber);
        consent.recordMarketing(
                phoneNumber,
                true,
                source,
                Text.required("wording", wording, WORDING_LENGTH),
                Text.optional("note", note, NOTE_LENGTH),
                recorderLoginId);
        return audited(AuditAction.MARKETING_CONSENT_RECORDED, before);
    }

    public MarketingSignUpData signUp() {
        return consent.signUp();
    }

    /** Sets the sign-up keyword (null: none) and the invitation's wording, which is required with a keyword. */
    public MarketingSignUpData updateSignUp(String keyword, String wording) {
        String word = Text.optional("keyword", keyword, KEYWORD_LENGTH);
        MarketingSignUpData valid = new MarketingSignUpData(
                word == null ? null : word.toUpperCase(Locale.ROOT),
                word == null
                        ? Text.optional("wording", wording, WORDING_LENGTH)
                        : Text.required("wording", wording, WORDING_LENGTH));
        if (valid.keyword() != null && !valid.keyword().matches("[A-Z0-9]+")) {
            throw new ValidationException("keyword", "one word of letters and digits, e.g. JOIN");
        }
        if (valid.keyword() != null && ConsentKeyword.of(valid.keyword()) != ConsentKeyword.NONE) {
            throw new ValidationException("keyword", valid.keyword() + " is a carrier keyword (STOP, START, HELP...)");
        }
        // saves of the one row wait for each other, so that the later one stands and none fails on the row's version
        MarketingSignUp stored =
                em.find(MarketingSignUp.class, MarketingSignUp.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        MarketingSignUpData before = stored.toData();
        stored.set(valid);
        audit.record(AuditAction.MARKETING_SIGN_UP_CHANGED, "marketing sign-up", before, valid);
        changed.fire(new MarketingSignUpChanged());
        return valid;
    }

    public ConsentState withdraw(String number, String note, String recorderLoginId) {
        String phoneNumber = phoneNumbers.require("number", number);
        ConsentState before = of(phoneNumber);
        if (before.marketing()) {
            consent.recordMarketing(
                    phoneNumber,
                    false,
                    ConsentSource.AGENT,
                    null,
                    Text.optional("note", note, NOTE_LENGTH),
                    recorderLoginId);
        }
        return audited(AuditAction.MARKETING_CONSENT_WITHDRAWN, before);
    }

    private ConsentState audited(AuditAction action, ConsentState before) {
        ConsentState after = of(before.phoneNumber());
        audit.record(action, "consent of " + before.phoneNumber(), before, after);
        return after;
    }
}
