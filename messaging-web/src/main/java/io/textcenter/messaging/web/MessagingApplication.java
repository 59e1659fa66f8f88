package io.textcenter.messaging.web;

import io.textcenter.messaging.web.security.Group;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * JAX-RS under /messaging/api (Twilio webhooks, media). Its {@code @LoginConfig} switches MicroProfile JWT on for the
 * whole application, so the GraphQL servlet sees the caller too. Payara needs it to be a CDI bean.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Group.TEXT_MESSAGING, Group.ADMINISTRATOR})
public class MessagingApplication extends Application {}
