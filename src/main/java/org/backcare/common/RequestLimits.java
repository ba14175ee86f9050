package org.backcare.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How large a request may be. The URI and header limits are checked by {@link HttpFallbacks} and
 * kept below the HTTP layer's own (quarkus.http.limits.max-initial-line-length, max-header-size),
 * which would answer with an empty body: ours answer with a problem. The body limit is the HTTP
 * layer's (quarkus.http.limits.max-body-size); {@link #bodyExceeded()} names it for clients.
 */
@ConfigMapping(prefix = "backcare.http")
public interface RequestLimits {

    /** Characters in the request target (path and query); a longer one is answered 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Bytes of header names and values together; more is answered 431. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** The body limit in bytes. */
    static long maxBodyBytes() {
        return ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    }

    /** "The request body exceeds the 256 KiB limit.", with the configured limit. */
    static String bodyExceeded() {
        long bytes = maxBodyBytes();
        String size = bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB"
                : bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
        return "The request body exceeds the " + size + " limit.";
    }
}
