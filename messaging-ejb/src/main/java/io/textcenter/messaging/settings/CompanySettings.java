package io.textcenter.messaging.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The company's details (one row, created by the migration). */
@Entity
@Table(name = "company_settings")
public class CompanySettings {

    static final long THE_ROW = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    private String name;
    private String phone;
    private String email;
    private String website;
    private String address;

    @Column(name = "portal_url")
    private String portalUrl;

    @Column(name = "app_link")
    private String appLink;

    @Column(name = "time_zone")
    private String timeZone;

    protected CompanySettings() {
        // for JPA
    }

    void update(CompanySettingsData data) {
        name = data.name();
        phone = data.phone();
        email = data.email();
        website = data.website();
        address = data.address();
        portalUrl = data.portalUrl();
        appLink = data.appLink();
        timeZone = data.timeZone();
    }

    CompanySettingsData toData() {
        return new CompanySettingsData(name, phone, email, website, address, portalUrl, appLink, timeZone);
    }
}
