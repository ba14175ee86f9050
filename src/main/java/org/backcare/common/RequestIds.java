package org.backcare.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, in the MDC (so every log line written while serving it carries it),
 * in the X-Request-Id response header, and in one access line per request. A caller's own id is
 * kept when it is short and plain, so a client or gateway can follow its call through our logs;
 * anything else is replaced, so a header cannot forge log content.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Logger ACCESS = Logger.getLogger("org.backcare.access-log");

    /** The id of the request being served on this thread, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY)).map(Object::toString);
    }

    // Runs before every other route (HttpFallbacks' routes included) so that even refusals are tagged.
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    private void tag(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        String path = ctx.request().path();
        if (!path.startsWith("/q/")) {
            long started = System.nanoTime();
            String method = ctx.request().method().name();
            ctx.addEndHandler(ended -> ACCESS.infof("%s %s %d %.1f ms", method, path, ctx.response().getStatusCode(),
                    (System.nanoTime() - started) / 1e6));
        }
        ctx.next();
    }
}
