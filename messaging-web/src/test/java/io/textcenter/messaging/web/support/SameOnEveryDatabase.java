package io.textcenter.messaging.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class with a server of its own whose behaviour does not depend on the database: the suite on H2 runs it,
 * and the build's -Ppostgresql leaves it out, so that CI does not boot its server twice. What these classes do in the
 * database (paging, claims, quiet-hours and scheduled waits) the core's component tests try on H2 and PostgreSQL, and
 * the classes on the shared module run on both.
 */
@Tag("same-on-every-database")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SameOnEveryDatabase {}
