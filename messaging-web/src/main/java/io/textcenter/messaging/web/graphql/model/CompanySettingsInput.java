package io.textcenter.messaging.web.graphql.model;

import io.textcenter.messaging.settings.CompanySettingsData;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code CompanySettingsInput}: replaces all the details (a field left out is cleared). */
@Input("CompanySettingsInput")
public record CompanySettingsInput(
        String name,
        String phone,
        String email,
        String website,
        String address,
        String portalUrl,
        String appLink,
        @NonNull String timeZone) {

    public CompanySettingsData toData() {
        return new CompanySettingsData(name, phone, email, website, address, portalUrl, appLink, timeZone);
    }
}
