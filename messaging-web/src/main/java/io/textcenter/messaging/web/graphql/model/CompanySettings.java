package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.settings.CompanySettingsData;
import org.eclipse.microprofile.graphql.NonNull;

/** The company's details for merge fields ({CompanyName}, {CompanyPhone}, {PortalLink}, {AppLink}) and the vCard. */
public record CompanySettings(
        String name,
        String phone,
        String email,
        String website,
        String address,
        String portalUrl,
        String appLink,
        @NonNull String timeZone) {

    public static CompanySettings of(CompanySettingsData data) {
        return new CompanySettings(
                data.name(),
                data.phone(),
                data.email(),
                data.website(),
                data.address(),
                data.portalUrl(),
                data.appLink(),
                data.timeZone());
    }
}
