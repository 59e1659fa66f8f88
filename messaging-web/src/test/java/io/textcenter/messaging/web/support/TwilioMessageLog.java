package io.textcenter.messaging.web.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake carrier's message log, read as Twilio's API answers it: "list messages" filtered by To and From (the texts
 * the fake took, newest first) or by To alone (the texts it received for that number, since DateSent>), "fetch a
 * message" with its status, and a received text's media. The module reads it to settle sends whose outcome it does
 * not know, and to recover what webhooks missed.
 */
final class TwilioMessageLog implements ResponseDefinitionTransformerV2 {

    static final String NAME = "twilio-message-log";
    private static final Pattern SID = Pattern.compile("\"sid\":\"(SM[0-9a-fA-F]+)\"");
    private static final Pattern ONE_MESSAGE = Pattern.compile(".*/Messages/(SM[0-9a-fA-F]+)\\.json");
    private static final Pattern MEDIA_OF = Pattern.compile(".*/Messages/(SM[0-9a-fA-F]+)/Media\\.json");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final String SENT = "sent";

    /** A text the fake received for one of the module's numbers, whether or not its webhook was posted. */
    record Received(String sid, String from, String to, String body, Instant at, List<String> mediaUrls) {}

    private WireMockServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, String[]> statusBySid = new ConcurrentHashMap<>();

    void readFrom(WireMockServer taking) {
        this.server = taking;
    }

    void add(Received text) {
        received.add(text);
    }

    /** From now on, the log shows this status (and error code, or null) for the text with this SID. */
    void status(String sid, String status, String errorCode) {
        statusBySid.put(sid, new String[] {status, errorCode});
    }

    /** The API calls in which the fake took a text (answered it with a SID), in no particular order. */
    static List<ServeEvent> takenTexts(WireMockServer server) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST")
                        && event.getRequest().getUrl().endsWith("/Messages.json"))
                .filter(event ->
                        event.getResponse() != null && event.getResponse().getStatus() == 201)
                .filter(event ->
                        SID.matcher(event.getResponse().getBodyAsString()).find())
                .toList();
    }

    /** The SID the fake answered for a text it took. */
    static String sidOf(ServeEvent taken) {
        Matcher sid = SID.matcher(taken.getResponse().getBodyAsString());
        if (!sid.find()) {
            throw new IllegalArgumentException("not a text the fake took: " + taken.getRequest());
        }
        return sid.group(1);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent request) {
        String path = request.getRequest().getUrl().split("\\?")[0];
        Matcher one = ONE_MESSAGE.matcher(path);
        if (one.matches()) {
            return message(one.group(1));
        }
        Matcher media = MEDIA_OF.matcher(path);
        if (media.matches()) {
            return mediaOf(media.group(1), path);
        }
        QueryParameter from = request.getRequest().queryParameter("From");
        String to = request.getRequest().queryParameter("To").firstValue();
        JsonArrayBuilder messages = Json.createArrayBuilder();
        if (from.isPresent()) {
            taken(to, from.firstValue()).forEach(messages::add);
        } else {
            receivedBy(to, since(request.getRequest().queryParameter("DateSent>")))
                    .forEach(messages::add);
        }
        return json(200, page("messages", messages, request.getRequest().getUrl()));
    }

    private List<JsonObject> taken(String to, String from) {
        return takenTexts(server).stream()
                .filter(event -> to.equals(FakeTwilio.parameter(event.getRequest(), "To"))
                        && from.equals(FakeTwilio.parameter(event.getRequest(), "From")))
                .sorted(Comparator.comparing(
                                (ServeEvent event) -> event.getRequest().getLoggedDate())
                        .reversed())
                .map(event -> {
                    String body = FakeTwilio.parameter(event.getRequest(), "Body");
                    return Json.createObjectBuilder()
                            .add("sid", sidOf(event))
                            .add("to", to)
                            .add("from", from)
                            .add("body", body == null ? "" : body)
                            .add("status", SENT)
                            .add("direction", "outbound-api")
                            .add(
                                    "date_created",
                                    RFC_2822.format(
                                            event.getRequest().getLoggedDate().toInstant()))
                            .build();
                })
                .toList();
    }

    private List<JsonObject> receivedBy(String to, Instant since) {
        return received.stream()
                .filter(text -> text.to().equals(to) && !text.at().isBefore(since))
                .sorted(Comparator.comparing(Received::at).reversed())
                .map(text -> Json.createObjectBuilder()
                        .add("sid", text.sid())
                        .add("to", text.to())
                        .add("from", text.from())
                        .add("body", text.body())
                        .add("status", "received")
                        .add("direction", "inbound")
                        .add("num_media", Integer.toString(text.mediaUrls().size()))
                        .add("date_sent", RFC_2822.format(text.at()))
                        .add("date_created", RFC_2822.format(text.at()))
                        .build())
                .toList();
    }

    /** "Fetch a message": a text the fake took, with the status the test gave it ("sent" otherwise). */
    private ResponseDefinition message(String sid) {
        boolean taken = takenTexts(server).stream().anyMatch(event -> sid.equals(sidOf(event)));
        if (!taken) {
            return json(
                    404,
                    Json.createObjectBuilder()
                            .add("code", 20404)
                            .add("message", "not found")
                            .add("status", 404)
                            .build()
                            .toString());
        }
        String[] status = statusBySid.getOrDefault(sid, new String[] {SENT, null});
        JsonObjectBuilder message = Json.createObjectBuilder()
                .add("sid", sid)
                .add("status", status[0])
                .add("direction", "outbound-api");
        if (status[1] != null) {
            message.add("error_code", Integer.parseInt(status[1]));
        }
        return json(200, message.build().toString());
    }

    private ResponseDefinition mediaOf(String sid, String path) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        received.stream().filter(text -> text.sid().equals(sid)).findFirst().ifPresent(text -> {
            for (int n = 0; n < text.mediaUrls().size(); n++) {
                String mediaSid = "ME" + sid.substring(2, 30) + String.format("%04d", n);
                list.add(Json.createObjectBuilder()
                        .add("sid", mediaSid)
                        .add("parent_sid", sid)
                        .add("content_type", "image/png")
                        .add("uri", path.replace("/Media.json", "/Media/" + mediaSid + ".json")));
            }
        });
        return json(200, page("media_list", list, path));
    }

    /** From "DateSent>" as the Twilio SDK writes it (an ISO local date and time, in UTC); the beginning when absent. */
    private static Instant since(QueryParameter dateSentAfter) {
        if (!dateSentAfter.isPresent()) {
            return Instant.EPOCH;
        }
        String value = dateSentAfter.firstValue();
        return LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value)
                .toInstant(ZoneOffset.UTC);
    }

    private static String page(String key, JsonArrayBuilder items, String uri) {
        return Json.createObjectBuilder()
                .add(key, items)
                .add("uri", uri)
                .add("first_page_uri", uri)
                .addNull("next_page_uri")
                .addNull("previous_page_uri")
                .add("page", 0)
                .add("page_size", 1000)
                .build()
                .toString();
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body)
                .build();
    }
}
