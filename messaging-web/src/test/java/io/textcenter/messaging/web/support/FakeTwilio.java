package io.textcenter.messaging.web.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fake Twilio on loopback (WireMock): the module's API calls go to it (messaging.twilio.api-base-url), it records
 * each one, answers like Twilio, and can refuse per recipient: 429, 500, a 4xx with an error code, an answer too late.
 * Its message log (what it took, and texts it received whose webhooks never came) is read back like Twilio's, and it
 * can post status callbacks the moment it takes a text. It owns phone numbers, which can be listed and configured
 * (IncomingPhoneNumbers). Received media
 * are served from it too, behind the account's credentials. One per test JVM, on the port the build reserved.
 */
public final class FakeTwilio {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final String ONE_MESSAGE =
            "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/SM[0-9a-f]+(/Media)?\\.json";
    private static final String SCENARIO_START = "Started";
    private static final String NUMBERS = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/IncomingPhoneNumbers";

    private static FakeTwilio instance;

    private static final int CALLS_AT_ONCE = 400;

    private final WireMockServer server;
    private final TwilioMessageLog log = new TwilioMessageLog();
    private final StatusCallbacks callbacks = new StatusCallbacks();
    private final List<JsonObject> ownedNumbers = new java.util.ArrayList<>();

    private FakeTwilio(int port) {
        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(port)
                // as many calls at once as the module makes (messaging.outbox.parallel-sends, 300): with WireMock's 25
                // threads, late answers held them all, texts waited unread longer than the module's unknown-outcome
                // window, and the module, not finding them in the log, sent them again
                .containerThreads(CALLS_AT_ONCE)
                .globalTemplating(true)
                .extensions(log, callbacks));
        log.readFrom(server);
        server.start();
        server.stubFor(post(urlMatching(MESSAGES)).atPriority(10).willReturn(accepted()));
        server.stubFor(get(urlPathMatching(MESSAGES))
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse().withTransformers(TwilioMessageLog.NAME)));
        server.stubFor(get(urlPathMatching(ONE_MESSAGE))
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse().withTransformers(TwilioMessageLog.NAME)));
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
            server.stubFor(texts(to)
                    .inScenario(scenario)
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

    /**
     * A text the carrier received for the module's number {@code to} at {@code at}: its log holds it, whether or not
     * the test posts its webhook. Returns its MessageSid.
     */
    public String received(String from, String to, String body, Instant at) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        log.add(new TwilioMessageLog.Received(sid, from, to, body, at, List.of()));
        return sid;
    }

    /** The log shows this final status (and error code, or null) for a text the fake took. */
    public void logStatus(String sid, String status, String errorCode) {
        log.status(sid, status, errorCode);
    }

    /** Texts from this line get their status callbacks ("sent", "delivered", a late "queued") the moment they are taken. */
    public void reportStatusesAtOnce(String line) {
        callbacks.reportAtOnce(line);
    }

    /** The status callbacks of {@link #reportStatusesAtOnce} that the module did not answer 200, with its answers. */
    public List<String> statusCallbacksNotTaken() {
        return callbacks.notTaken();
    }

    /** How often the module has asked the log for the texts received by {@code number}. */
    public int logReadsFor(String number) {
        return server.findAll(getRequestedFor(urlPathMatching(MESSAGES)).withQueryParam("To", equalTo(number))).stream()
                .filter(read -> !read.queryParameter("From").isPresent())
                .toList()
                .size();
    }

    /** Where the module's API calls go, and so where Twilio's media URLs point (messaging.twilio.api-base-url). */
    private String apiBaseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The API calls that tried to text {@code to}, oldest first. */
    public List<LoggedRequest> textsTo(String to) {
        return server.findAll(postRequestedFor(urlMatching(MESSAGES)).withRequestBody(containing("To=" + encoded(to))));
    }

    /** The API calls that tried to text from the line {@code from}, oldest first. */
    public List<LoggedRequest> textsFrom(String from) {
        return server.findAll(
                postRequestedFor(urlMatching(MESSAGES)).withRequestBody(containing("From=" + encoded(from))));
    }

    /**
     * The account owns this phone number (a Twilio IncomingPhoneNumber) whose texts Twilio posts to {@code smsUrl} (null:
     * nowhere): the account's number list holds it, and it can be configured. Returns its PN sid.
     */
    public synchronized String ownsNumber(String phoneNumber, String smsUrl) {
        String sid = "PN" + UUID.randomUUID().toString().replace("-", "");
        JsonObjectBuilder number = Json.createObjectBuilder()
                .add("sid", sid)
                .add("account_sid", ACCOUNT_SID)
                .add("phone_number", phoneNumber)
                .add("friendly_name", "Number " + phoneNumber)
                .add("sms_method", "POST");
        number = smsUrl == null ? number.addNull("sms_url") : number.add("sms_url", smsUrl);
        JsonObject owned = number.build();
        ownedNumbers.add(owned);
        JsonObject page = Json.createObjectBuilder()
                .add("incoming_phone_numbers", Json.createArrayBuilder(ownedNumbers))
                .add("page", 0)
                .add("page_size", 100)
                .add("uri", NUMBERS + ".json")
                .add("first_page_uri", NUMBERS + ".json?Page=0")
                .addNull("next_page_uri")
                .addNull("previous_page_uri")
                .build();
        server.stubFor(get(urlPathMatching(NUMBERS + "\\.json"))
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(page.toString())));
        server.stubFor(post(urlPathMatching(NUMBERS + "/" + sid + "\\.json"))
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(owned.toString())));
        return sid;
    }

    /** The API calls that configured the number with this sid, oldest first. */
    public List<LoggedRequest> numberUpdates(String sid) {
        return server.findAll(postRequestedFor(urlPathMatching(NUMBERS + "/" + sid + "\\.json")));
    }

    /** The SIDs the fake answered for texts it took for {@code to}, oldest first. */
    public List<String> acceptedSids(String to) {
        return TwilioMessageLog.takenTexts(server).stream()
                .filter(event -> to.equals(parameter(event.getRequest(), "To")))
                .sorted(java.util.Comparator.comparing(
                        event -> event.getRequest().getLoggedDate()))
                .map(TwilioMessageLog::sidOf)
                .toList();
    }

    /**
     * Waits until the carrier has taken a text for each number, then a while longer: each has exactly one, and none
     * was taken before {@code notBefore}.
     */
    public void awaitOneTextEach(List<String> numbers, Instant notBefore, Duration patience) {
        await().atMost(patience)
                .until(() -> numbers.stream()
                        .allMatch(number -> !acceptedSids(number).isEmpty()));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() ->
                        numbers.stream().allMatch(number -> acceptedSids(number).size() == 1));
        for (String number : numbers) {
            assertFalse(
                    textsTo(number).get(0).getLoggedDate().toInstant().isBefore(notBefore),
                    "not before its time: " + number);
        }
    }

    /** The values of a form parameter of an API call, in order (e.g. "MediaUrl", which repeats), decoded. */
    public static List<String> parameters(LoggedRequest call, String name) {
        return java.util.Arrays.stream(call.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8)
                        .equals(name))
                .map(pair -> java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .toList();
    }

    /** The first value of a form parameter of an API call, or null. */
    public static String parameter(LoggedRequest call, String name) {
        return parameters(call, name).stream().findFirst().orElse(null);
    }

    /** Serves a media file at {@code /media/<name>}, only with the account's credentials; returns its URL. */
    public String media(String name, String contentType, byte[] content) {
        server.stubFor(get("/media/" + name)
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", contentType)
                        .withBody(content)));
        return apiBaseUrl() + "/media/" + name;
    }

    /**
     * Serves a media file as Twilio does: {@code /media/<name>} with the account's credentials answers with a redirect to
     * {@code /storage/<name>}, which serves it to anyone. Returns the media URL.
     */
    public String mediaInStorage(String name, String contentType, byte[] content) {
        server.stubFor(get("/media/" + name)
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/storage/" + name)));
        server.stubFor(get("/storage/" + name)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", contentType)
                        .withBody(content)));
        return apiBaseUrl() + "/media/" + name;
    }

    /** The requests for a media file in storage ({@link #mediaInStorage}), oldest first. */
    public List<LoggedRequest> storageRequests(String name) {
        return server.findAll(getRequestedFor(urlMatching("/storage/" + name)));
    }

    private MappingBuilder texts(String to) {
        return post(urlMatching(MESSAGES))
                .atPriority(1)
                .withRequestBody(containing("To=" + encoded(to)))
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN);
    }

    private static ResponseDefinitionBuilder accepted() {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\","
                        + "\"account_sid\":\"" + ACCOUNT_SID + "\"}");
    }

    private static ResponseDefinitionBuilder refusal(int status, int errorCode) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + errorCode + ",\"message\":\"refused by the fake carrier\",\"status\":" + status
                        + "}");
    }

    private static String encoded(String number) {
        return URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
