package io.textcenter.messaging.responder;

/** Fired when an administrator saves or deletes an auto-responder, for whoever keeps them at hand. */
public record AutoRespondersChanged() {}
