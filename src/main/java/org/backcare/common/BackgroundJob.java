package org.backcare.common;

import org.jboss.logging.MDC;

/**
 * Marks the log lines a scheduled job writes (MDC {@code job}), so that lines written while
 * serving no request are told apart from a request's, which carry its {@code requestId}.
 */
public final class BackgroundJob {

    static final String MDC_KEY = "job";

    private BackgroundJob() {
    }

    public static void run(String name, Runnable job) {
        MDC.put(MDC_KEY, name);
        try {
            job.run();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
