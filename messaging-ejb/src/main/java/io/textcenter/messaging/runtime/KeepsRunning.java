package io.textcenter.messaging.runtime;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A timer that must keep firing whatever one run meets. The EJB container cancels a timer whose timeout fails twice
 * in a row (EJB5119): a database restart would stop the outbox sweep, bulk recovery and reconciliation for good.
 * {@link KeepsRunningInterceptor} logs a failed run instead, and the next run tries again.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeepsRunning {}
