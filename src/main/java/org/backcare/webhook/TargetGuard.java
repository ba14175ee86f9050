package org.backcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Guards against server-side request forgery: a webhook may only point at https on a globally
 * reachable address. The URL is checked at registration; at delivery the HTTP client gets its
 * addresses only from {@link #addressesFor}, which resolves once and checks what it returns, so
 * the address checked is the address connected to (a name re-pointed at an internal address,
 * even between two lookups, is refused).
 */
@ApplicationScoped
class TargetGuard {

    /** Name resolution, replaceable so tests can play a rebinding DNS server. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A host whose addresses may not be connected to; a subtype, so HTTP clients stop at it. */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
    }

    private static final Logger LOG = Logger.getLogger(TargetGuard.class);
    static final int MAX_URL_LENGTH = 2000;
    /** RFC 1123 labels: letters, digits and inner hyphens, at most 63 each, 253 in all. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private final boolean allowLocal;
    private final Resolver resolver;
    private final SpecialPurposeAddresses registry = SpecialPurposeAddresses.fromRegistry();

    @Inject
    TargetGuard(WebhookConfig config) {
        this(config.allowLocalTargets(), InetAddress::getAllByName);
    }

    TargetGuard(boolean allowLocal, Resolver resolver) {
        this.allowLocal = allowLocal;
        this.resolver = resolver;
    }

    /** Why the URL may not be a webhook target, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a valid URL");
        }
        Optional<String> shape = shapeRefusal(url, uri);
        if (shape.isPresent()) {
            return shape;
        }
        InetAddress[] addresses;
        try {
            addresses = addressesFor(uri.getHost());
        } catch (UnknownHostException e) {
            // One answer for "no such name" and "a private address", so registrations cannot map
            // internal names; the detail goes to the log.
            LOG.infof("Webhook target %s refused: %s", uri.getHost(), e.getMessage());
            return Optional.of("must name a host that resolves to globally reachable addresses only");
        }
        boolean plainHttp = uri.getScheme().equalsIgnoreCase("http");
        if (plainHttp && !(allowLocal && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress))) {
            return Optional.of("must use https");
        }
        return Optional.empty();
    }

    private static Optional<String> shapeRefusal(String url, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("is longer than " + MAX_URL_LENGTH + " characters");
        }
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = uri.getHost();
        if (host == null || !(host.startsWith("[") || HOST_NAME.matcher(host.toLowerCase(Locale.ROOT)).matches())) {
            return Optional.of("must name a host: an ASCII (punycode) DNS name or an IP address");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            return Optional.of("has a port outside 1 to 65535");
        }
        return Optional.empty();
    }

    /**
     * Resolves the host once and checks every address: all of them or none may be connected to.
     *
     * @throws RefusedAddress when any address is not globally reachable (and local ones are not allowed)
     */
    InetAddress[] addressesFor(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = resolver.resolve(bare);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(bare);
        }
        if (!allowLocal) {
            for (InetAddress address : addresses) {
                Optional<String> why = registry.notGlobal(address);
                if (why.isPresent()) {
                    throw new RefusedAddress("resolves to " + address.getHostAddress()
                            + ", which is not globally reachable (" + why.get() + ")");
                }
            }
        }
        return addresses;
    }
}
