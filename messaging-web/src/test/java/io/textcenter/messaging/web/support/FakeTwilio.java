package io.textcenter.messaging.web.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A fake Twilio on loopback (WireMock): the module's API calls go to it (messaging.twilio.api-base-url), it records
 * each one, answers like Twilio, and can refuse per recipient: 429, 500, a 4xx with an error code, an answer too late.
 * Its message log (what it took) is read back like Twilio's. Received media
 * are served from it too, behind the account's credentials. One per test JVM, on the port the build reserved.
 */
public final class FakeTwilio {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final String SCENARIO_START = "Started";

    private static FakeTwilio instance;

    private final WireMockServer server;

    private FakeTwilio(int port) {
        TwilioMessageLog log = new TwilioMessageLog();
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).globalTemplating(true).extensions(log));
        log.readFrom(server);
        server.start();
        server.stubFor(post(urlMatching(MESSAGES)).atPriority(10).willReturn(accepted()));
        server.stubFor(get(urlPathMatching(MESSAGES)).withBasicAuth(ACCOUNT_SID, AUTH_TOKEN).willReturn(aResponse().withTransformers(TwilioMessageLog.NAME)));
    }

    public static synchronized FakeTwilio instance() {
        if (instance == null) {
            instance = new FakeTwilio(Integer.getInteger("fake.carrier.port"));
        }
        return instance;
    }

    /** The next {@code times} texts to {@code to} are refused with this HTTP status (and Twilio error code); then accepted. */
    public void refuse(String to, int times, int status, int errorCode) {
        String scenario = "refuse " + to + " " + UUID.randomUUID();
        for (int attempt = 0; attempt < times; attempt++) {
            server.stubFor(texts(to).inScenario(scenario)
                    .whenScenarioStateIs(attempt == 0 ? SCENARIO_START : "refused " + attempt)
                    .willReturn(refusal(status, errorCode))
                    .willSetStateTo("refused " + (attempt + 1)));
        }
    }

    /** Every text to {@code to} is taken, but the answer comes only after {@code delay}. */
    public void answerLate(String to, Duration delay) {
        server.stubFor(texts(to).willReturn(accepted().withFixedDelay((int) delay.toMillis())));
    }

    /** Every text to {@code to} is refused with this HTTP status and Twilio error code. */
    public void alwaysRefuse(String to, int status, int errorCode) {
        server.stubFor(texts(to).willReturn(refusal(status, errorCode)));
    }

    /** The API calls that tried to text {@code to}, oldest first. */
    public List<LoggedRequest> textsTo(String to) {
        return server.findAll(postRequestedFor(urlMatching(MESSAGES)).withRequestBody(containing("To=" + encoded(to))));
    }

    /** The API calls that tried to text from the line {@code from}, oldest first. */
    public List<LoggedRequest> textsFrom(String from) {
        return server.findAll(postRequestedFor(urlMatching(MESSAGES)).withRequestBody(containing("From=" + encoded(from))));
    }

    /** The SIDs the fake answered for texts it took for {@code to}, oldest first. */
    public List<String> acceptedSids(String to) {
        return TwilioMessageLog.takenTexts(server).stream()
                .filter(event -> to.equals(parameter(event.getRequest(), "To")))
                .sorted(java.util.Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(TwilioMessageLog::sidOf)
                .toList();
    }

    /** The values of a form parameter of an API call, in order (e.g. "MediaUrl", which repeats), decoded. */
    public static List<String> parameters(LoggedRequest call, String name) {
        return java.util.Arrays.stream(call.getBodyAsString().split("&")).map(pair -> pair.split("=", 2))
                .filter(pair -> java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8).equals(name))
                .map(pair -> java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8)).toList();
    }

    /** The first value of a form parameter of an API call, or null. */
    public static String parameter(LoggedRequest call, String name) {
        return parameters(call, name).stream().findFirst().orElse(null);
    }

    /** Serves a media file at {@code /media/<name>}, only with the account's credentials; returns its URL. */
    public String media(String name, String contentType, byte[] content) {
        server.stubFor(get("/media/" + name).withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(content)));
        return server.baseUrl() + "/media/" + name;
    }

    private MappingBuilder texts(String to) {
        return post(urlMatching(MESSAGES)).atPriority(1).withRequestBody(containing("To=" + encoded(to)))
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN);
    }

    private static ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\","
                        + "\"account_sid\":\"" + ACCOUNT_SID + "\"}");
    }

    private static ResponseDefinitionBuilder refusal(int status, int errorCode) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + errorCode + ",\"message\":\"refused by the fake carrier\",\"status\":" + status + "}");
    }

    private static String encoded(String number) {
        return URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
