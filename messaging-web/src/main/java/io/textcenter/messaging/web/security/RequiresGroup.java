package io.textcenter.messaging.web.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller's JWT must carry one of these groups (Administrator always passes). On a class it covers every method;
 * a method's own annotation replaces the class's. Checked by {@link GroupCheck}: Payara ignores {@code @RolesAllowed}
 * on plain CDI beans, which is what GraphQL APIs are.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresGroup {

    @Nonbinding
    String[] value();
}
