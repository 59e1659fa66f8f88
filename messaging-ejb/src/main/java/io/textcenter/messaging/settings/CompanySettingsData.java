package io.textcenter.messaging.settings;

/**
 * Who the company is, as texts and its contact card (vCard) show it.
 *
 * @param phone     E.164
 * @param portalUrl the customer portal ({PortalLink})
 * @param appLink   the employees' app ({AppLink})
 * @param timeZone  an IANA zone id; appointment dates and times are shown in it
 */
public record CompanySettingsData(
        String name,
        String phone,
        String email,
        String website,
        String address,
        String portalUrl,
        String appLink,
        String timeZone) {}
