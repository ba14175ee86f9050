package org.backcare.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A create that honours an {@code Idempotency-Key} header (IETF httpapi draft "The
 * Idempotency-Key HTTP Header Field"): a retry with the same key and body replays the first
 * answer; the same key with another body is 422. The resource method must return a response.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
