package io.textcenter.messaging.web.graphql.model;

import org.eclipse.microprofile.graphql.Description;

/** GraphQL {@code MessageLimits}: what one text may carry, so that a page holds its inputs to the same limits. */
@Description("What one text may carry: the carrier's limits, and the images a template may add")
public record MessageLimits(int maxBodyCharacters, int maxMedia, int maxTemplateImages) {}
