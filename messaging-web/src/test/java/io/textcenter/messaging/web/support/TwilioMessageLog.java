package io.textcenter.messaging.web.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake carrier's message log, read as Twilio's "list messages" API answers it (filtered by To and From, newest
 * first): every text the fake took, with the SID it answered. The module reads it to settle sends whose outcome it
 * does not know.
 */
final class TwilioMessageLog implements ResponseDefinitionTransformerV2 {

    static final String NAME = "twilio-message-log";
    private static final Pattern SID = Pattern.compile("\"sid\":\"(SM[0-9a-fA-F]+)\"");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private WireMockServer server;

    void readFrom(WireMockServer taking) {
        this.server = taking;
    }

    /** The API calls in which the fake took a text (answered it with a SID), in no particular order. */
    static List<ServeEvent> takenTexts(WireMockServer server) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST") && event.getRequest().getUrl().endsWith("/Messages.json"))
                .filter(event -> event.getResponse() != null && event.getResponse().getStatus() == 201)
                .filter(event -> SID.matcher(event.getResponse().getBodyAsString()).find())
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
    public ResponseDefinition transform(ServeEvent listing) {
        String to = listing.getRequest().queryParameter("To").firstValue();
        String from = listing.getRequest().queryParameter("From").firstValue();
        JsonArrayBuilder messages = Json.createArrayBuilder();
        takenTexts(server).stream()
                .filter(event -> to.equals(FakeTwilio.parameter(event.getRequest(), "To")) && from.equals(FakeTwilio.parameter(event.getRequest(), "From")))
                .sorted(Comparator.comparing((ServeEvent event) -> event.getRequest().getLoggedDate()).reversed())
                .forEach(event -> {
                    String body = FakeTwilio.parameter(event.getRequest(), "Body");
                    messages.add(Json.createObjectBuilder().add("sid", sidOf(event)).add("to", to).add("from", from)
                            .add("body", body == null ? "" : body).add("status", "sent")
                            .add("date_created", RFC_2822.format(event.getRequest().getLoggedDate().toInstant())));
                });
        String uri = listing.getRequest().getUrl();
        String page = Json.createObjectBuilder().add("messages", messages).add("uri", uri).add("first_page_uri", uri)
                .addNull("next_page_uri").addNull("previous_page_uri").add("page", 0).add("page_size", 50).build().toString();
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json").withBody(page).build();
    }
}
