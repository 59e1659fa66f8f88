package io.textcenter.messaging.template;

import io.textcenter.messaging.api.ValidationException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {Field} tokens from a {@link MergeContext}. Dates and times are shown in the company's time zone in a
 * readable US-English form ("Thursday, November 26", "2:30 PM").
 */
public final class MergeFields {

    /**
     * A name in braces: letters first, then letters, digits, underscores or single spaces, so that a mistyped field
     * ({Customer_Name}, {Customer Name}, {AppointmentDate2}) is caught instead of reaching customers as written, while
     * a code like {1234} or braces around spaces are just text.
     */
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?: [A-Za-z0-9_]+)*)}");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private MergeFields() {}

    /** Tokens in braces that name no merge field, in order of appearance. */
    public static List<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher token = TOKEN.matcher(text == null ? "" : text);
        while (token.find()) {
            if (MergeField.named(token.group(1)).isEmpty()) {
                unknown.add(token.group(1));
            }
        }
        return List.copyOf(unknown);
    }

    /** Refuses text with unknown merge fields: a validation error naming {@code field} and the tokens. */
    public static void requireKnown(String field, String text) {
        List<String> unknown = unknownIn(text);
        if (!unknown.isEmpty()) {
            throw new ValidationException(
                    field,
                    "unknown merge field" + (unknown.size() > 1 ? "s " : " ")
                            + String.join(
                                    ", ",
                                    unknown.stream()
                                            .map(token -> "{" + token + "}")
                                            .toList())
                            + " (known: "
                            + String.join(
                                    " ",
                                    java.util.Arrays.stream(MergeField.values())
                                            .map(f -> "{" + f.token() + "}")
                                            .toList())
                            + ")");
        }
    }

    public static Rendered render(String text, MergeContext context) {
        List<String> unknown = new ArrayList<>();
        Set<String> empty = new LinkedHashSet<>();
        Matcher token = TOKEN.matcher(text);
        StringBuilder body = new StringBuilder();
        while (token.find()) {
            String replacement = MergeField.named(token.group(1))
                    .map(field -> {
                        String value = valueOf(field, context);
                        if (value == null || value.isBlank()) {
                            empty.add(field.token());
                            return "";
                        }
                        return value;
                    })
                    .orElseGet(() -> {
                        unknown.add(token.group(1));
                        return token.group();
                    });
            token.appendReplacement(body, Matcher.quoteReplacement(replacement));
        }
        token.appendTail(body);
        return new Rendered(body.toString(), List.copyOf(new LinkedHashSet<>(unknown)), List.copyOf(empty));
    }

    static String valueOf(MergeField field, MergeContext context) {
        return switch (field) {
            case CUSTOMER_NAME ->
                context.customer() == null ? null : context.customer().name();
            case CUSTOMER_FIRST_NAME ->
                context.customer() == null ? null : firstName(context.customer().name());
            case TECHNICIAN_NAME ->
                context.technician() == null ? null : context.technician().name();
            case TECHNICIAN_FIRST_NAME ->
                context.technician() == null
                        ? null
                        : firstName(context.technician().name());
            case APPOINTMENT_DATE ->
                context.appointment() == null ? null : local(context).format(DATE);
            case APPOINTMENT_TIME ->
                context.appointment() == null ? null : local(context).format(TIME);
            case APPOINTMENT_STATUS ->
                context.appointment() == null
                        ? null
                        : readable(context.appointment().status().name());
            case APPOINTMENT_LINK -> context.appointmentLink();
            case COMPANY_NAME ->
                context.company() == null ? null : context.company().name();
            case COMPANY_PHONE ->
                context.company() == null ? null : context.company().phone();
            case PORTAL_LINK ->
                context.company() == null ? null : context.company().portalUrl();
            case EMPLOYEE_NAME ->
                context.employee() == null ? null : context.employee().name();
            case EMPLOYEE_FIRST_NAME ->
                context.employee() == null ? null : firstName(context.employee().name());
            case LOGIN_ID ->
                context.employee() == null ? null : context.employee().loginId();
            case APP_LINK ->
                context.company() == null ? null : context.company().appLink();
        };
    }

    private static ZonedDateTime local(MergeContext context) {
        ZoneId zone = context.company() == null
                ? ZoneId.of("UTC")
                : ZoneId.of(context.company().timeZone());
        return context.appointment().start().atZoneSameInstant(zone);
    }

    private static String firstName(String name) {
        return name == null ? null : name.strip().split("\\s+")[0];
    }

    /** IN_ROUTE → "In Route". */
    private static String readable(String constant) {
        StringBuilder words = new StringBuilder();
        for (String word : constant.split("_")) {
            words.append(words.isEmpty() ? "" : " ")
                    .append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return words.toString();
    }
}
