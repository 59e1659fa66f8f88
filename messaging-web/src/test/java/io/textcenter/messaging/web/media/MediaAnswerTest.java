package io.textcenter.messaging.web.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaAnswerTest {

    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "image/png | image/png | ",
                "IMAGE/JPEG; name=x.jpg | image/jpeg | ",
                "video/mp4 | video/mp4 | ",
                "text/vcard | text/vcard | ",
                "application/pdf | application/pdf | ",
                "image/svg+xml | application/octet-stream | attachment",
                "text/html | application/octet-stream | attachment",
                "application/javascript | application/octet-stream | attachment",
                "not a type | application/octet-stream | attachment"
            })
    void onlyTypesAnMmsCarriesAreShownInline(String claimed, String served, String disposition) {
        Map<String, String> headers = MediaAnswer.headersFor(claimed);
        assertEquals(served, headers.get("Content-Type"));
        assertEquals(disposition, headers.get("Content-Disposition"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("sandbox", headers.get("Content-Security-Policy"));
    }
}
