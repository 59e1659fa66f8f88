package io.textcenter.messaging.web.graphql.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The hours of the recipient's local day in which bulk and scheduled texts may arrive (quiet hours outside"
        + " them); HH:mm, overnight when it closes before it opens")
public record TextingWindow(
        @NonNull String opensAt, @NonNull String closesAt) {

    public static TextingWindow of(io.textcenter.messaging.quiethours.TextingWindow window) {
        return new TextingWindow(window.opensAt().toString(), window.closesAt().toString());
    }
}
