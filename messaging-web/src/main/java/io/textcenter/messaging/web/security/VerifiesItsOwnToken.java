package io.textcenter.messaging.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GraphQL API whose operations check the caller's token themselves, because no caller reaches them through the
 * server (subscriptions over a websocket): {@link DenyByDefault} leaves it alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VerifiesItsOwnToken {}
