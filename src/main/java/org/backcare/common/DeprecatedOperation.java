package org.backcare.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on its way out (README, "Versioning and deprecation"). Its answers carry
 * {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and a {@code Link} to its successor;
 * after the sunset day it answers 410. Put {@link Deprecated} beside it, which marks the operation
 * deprecated in the OpenAPI document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DeprecatedOperation {

    /** The day it was deprecated (yyyy-mm-dd, UTC). */
    String since();

    /** The last day it is served (yyyy-mm-dd, UTC): at least six months after {@link #since()}. */
    String sunset();

    /** What replaces it: a path of this API, or a link to its documentation. */
    String successor();
}
