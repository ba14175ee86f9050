package org.backcare.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The one mechanism for {@link DeprecatedOperation}: its headers on every answer, and 410 after the sunset. */
class LifecycleFilters {

    /** The headers of one deprecated operation, worked out once. */
    record Notice(String deprecation, String sunset, String successor, LocalDate lastDay) {

        static Notice of(DeprecatedOperation declared) {
            LocalDate since = LocalDate.parse(declared.since());
            LocalDate lastDay = LocalDate.parse(declared.sunset());
            if (lastDay.isBefore(since.plus(Period.ofMonths(6)))) {
                throw new IllegalStateException("A sunset comes at least six months after the deprecation: "
                        + declared);
            }
            return new Notice("@" + since.atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC)),
                    declared.successor(), lastDay);
        }

        String link() {
            return "<" + successor + ">; rel=\"successor-version\"";
        }
    }

    private static final String NOTICE = LifecycleFilters.class.getName() + ".notice";

    private final Map<Method, Optional<Notice>> notices = new ConcurrentHashMap<>();
    private final Clock clock;

    LifecycleFilters(Clock clock) {
        this.clock = clock;
    }

    @ServerRequestFilter
    void retire(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Optional<Notice> notice = method == null ? Optional.empty() : notices.computeIfAbsent(method,
                m -> Optional.ofNullable(m.getAnnotation(DeprecatedOperation.class)).map(Notice::of));
        if (notice.isEmpty()) {
            return;
        }
        request.setProperty(NOTICE, notice.get());
        if (LocalDate.now(clock.withZone(ZoneOffset.UTC)).isAfter(notice.get().lastDay())) {
            throw new ApiException(ProblemType.GONE, "This operation was retired on " + notice.get().lastDay()
                    + "; use " + notice.get().successor() + " instead.");
        }
    }

    @ServerResponseFilter
    void announce(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(NOTICE) instanceof Notice notice) {
            response.getHeaders().putSingle("Deprecation", notice.deprecation());
            response.getHeaders().putSingle("Sunset", notice.sunset());
            response.getHeaders().add("Link", notice.link());
        }
    }
}
