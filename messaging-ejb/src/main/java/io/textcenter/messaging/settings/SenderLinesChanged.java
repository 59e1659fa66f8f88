package io.textcenter.messaging.settings;

/** Fired when an administrator saves a sender line, for whoever keeps lines at hand. */
public record SenderLinesChanged() {}
