package io.textcenter.messaging.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /messaging/api: the Twilio webhooks and the attachments. */
@ApplicationPath("api")
public class MessagingApplication extends Application {}
