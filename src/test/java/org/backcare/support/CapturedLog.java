package org.backcare.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lines every logger writes during each test of a class that registers it
 * ({@code @RegisterExtension final CapturedLog log = new CapturedLog();}).
 */
public final class CapturedLog extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final List<LogRecord> lines = new CopyOnWriteArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        lines.clear();
        Logger.getLogger("").addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger.getLogger("").removeHandler(this);
    }

    public List<LogRecord> lines() {
        return lines;
    }

    /** The line's diagnostic context value under {@code key}, or null. */
    public static String mdc(LogRecord line, String key) {
        return line instanceof ExtLogRecord ext ? ext.getMdc(key) : null;
    }

    @Override
    public void publish(LogRecord line) {
        if (line instanceof ExtLogRecord ext) {
            ext.copyAll(); // the diagnostic context is the writing thread's until copied
        }
        lines.add(line);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
