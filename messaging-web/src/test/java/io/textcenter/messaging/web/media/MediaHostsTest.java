package io.textcenter.messaging.web.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaHostsTest {

    @ParameterizedTest(name = "{0} fetched: {1}")
    @CsvSource({
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1, true",
        "https://API.twilio.com:443/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1, true",
        "http://api.twilio.com/media, false",
        "https://api.twilio.com.evil.example/media, false",
        "https://evil.example/?https://api.twilio.com, false",
        "https://user:pass@api.twilio.com/media, false",
        "https://api.twilio.com:8443/media, false",
        "ftp://api.twilio.com/media, false",
        "not a url, false",
        "http://169.254.169.254/latest/meta-data, false"
    })
    void onlyTwiliosApiHostIsFetched(String url, boolean fetched) {
        assertEquals(fetched, MediaHosts.isUnder(url, "https://api.twilio.com"));
    }
}
