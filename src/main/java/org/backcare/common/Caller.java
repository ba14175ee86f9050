package org.backcare.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling. Ownership is keyed on the token's {@code sub}, never on the principal name
 * (which SmallRye JWT takes from {@code upn} or {@code preferred_username} when present).
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new io.quarkus.security.UnauthorizedException("token has no subject");
        }
        return subject;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
