package org.backcare.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method with a tighter budget of its own. Read from the matched method, not the
 * request path, so no spelling of the path ("%61ccept", "./accept") escapes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Budget {

    Kind value();

    enum Kind {
        /** Accepting an invitation: per user, on top of the user's own budget. */
        INVITATION_ACCEPT,
        /** Minting a development token: per address, whatever token the request carries. */
        DEV_TOKENS
    }
}
