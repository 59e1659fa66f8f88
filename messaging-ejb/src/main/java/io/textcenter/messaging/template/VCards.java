package io.textcenter.messaging.template;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import io.textcenter.messaging.persistence.ModuleSecrets;
import io.textcenter.messaging.settings.CompanySettingsData;
import io.textcenter.messaging.settings.CompanySettingsService;
import io.textcenter.messaging.settings.TwilioSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The company's contact card (vCard 3.0, built with ez-vcard from the company settings), sent as MMS media so customers
 * can save the number. Twilio must fetch it without credentials, so it is served at a public URL whose name is an
 * unguessable token derived from a module secret.
 */
@ApplicationScoped
public class VCards {

    public static final String PATH = "/messaging/api/vcard/";
    private static final String KEY_NAME = "vcard-url";

    @Inject
    CompanySettingsService company;

    @Inject
    TwilioSettingsService twilio;

    @Inject
    ModuleSecrets secrets;

    /** The vCard's public URL; empty while the module has no public base URL (the vCard is then left out). */
    public Optional<String> publicUrl() {
        return twilio.publicBaseUrl().map(base -> base + PATH + token() + ".vcf");
    }

    public boolean isToken(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        token().getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }

    public String companyCard() {
        CompanySettingsData settings = company.current();
        VCard card = new VCard();
        String name = settings.name() == null ? "Company" : settings.name();
        card.setFormattedName(name);
        card.setOrganization(name);
        if (settings.phone() != null) {
            card.addTelephoneNumber(settings.phone(), TelephoneType.WORK);
        }
        if (settings.email() != null) {
            card.addEmail(settings.email());
        }
        if (settings.website() != null) {
            card.addUrl(settings.website());
        }
        if (settings.address() != null) {
            Address address = new Address();
            address.setStreetAddress(settings.address());
            card.addAddress(address);
        }
        return Ezvcard.write(card).version(VCardVersion.V3_0).go();
    }

    private String token() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret(KEY_NAME), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal("company".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
