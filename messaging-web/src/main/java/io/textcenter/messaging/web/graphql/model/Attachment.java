package io.textcenter.messaging.web.graphql.model;

import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Attachment}: {@code url} works in an {@code <img>} tag (received media: signed, short-lived). */
public record Attachment(@NonNull String url, @NonNull String contentType) {}
