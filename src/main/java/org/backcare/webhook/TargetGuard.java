package org.backcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Guards against server-side request forgery: a webhook may only point at https on a public
 * address. Every address the host resolves to is checked, at registration and again before each
 * delivery (so a name later re-pointed at an internal address is caught then).
 */
@ApplicationScoped
class TargetGuard {

    private final boolean allowLocal;

    @Inject
    TargetGuard(WebhookConfig config) {
        this(config.allowLocalTargets());
    }

    TargetGuard(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Why the URL may not be a webhook target, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            allLoopback &= address.isLoopbackAddress();
            if (!allowLocal && !isPublic(address)) {
                return Optional.of("resolves to a private, loopback or link-local address");
            }
        }
        if (scheme.equals("http") && !(allowLocal && allLoopback)) {
            return Optional.of("must use https");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false;                                   // unique local fc00::/7
            }
            if (isMappedIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return address instanceof Inet4Address
                && first != 0                                   // "this network" 0.0.0.0/8
                && !(first == 100 && second >= 64 && second <= 127)     // carrier-grade NAT 100.64.0.0/10
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19))    // benchmarking 198.18.0.0/15
                && first < 240;                                 // reserved and broadcast
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
