package org.backcare.identity;

import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Bearer tokens that passed every check already, looked up without checking (or blocking on) anything. */
public interface KnownTokens {

    /** The token if it was verified and is still kept; empty if it must be verified first. */
    Optional<JsonWebToken> verified(String token);
}
