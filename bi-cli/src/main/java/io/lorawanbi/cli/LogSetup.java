package io.lorawanbi.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The tool's logging while {@code serve} runs: every record of the library's loggers
 * ({@code io.lorawanbi}, through {@code System.Logger} on {@code java.util.logging}) at or above the
 * threshold goes to standard error as one line, {@code TIME LEVEL LOGGER MESSAGE}; a line break in a
 * message is written as {@code \n}, so a record is always one line (a stack trace, at DEBUG, follows
 * it). Closing restores the logger as it was.
 */
final class LogSetup extends Handler implements AutoCloseable {

    /** The threshold names {@code --log-level} accepts, most to least verbose. */
    static final String NAMES = "trace, debug, info, warning, error, off";

    private final Logger logger = Logger.getLogger("io.lorawanbi");
    private final Level oldLevel;
    private final boolean oldUseParent;
    private final PrintStream err;
    private final SimpleFormatter formatter = new SimpleFormatter();

    private LogSetup(System.Logger.Level threshold, PrintStream err) {
        this.err = err;
        this.oldLevel = logger.getLevel();
        this.oldUseParent = logger.getUseParentHandlers();
        Level level = julLevel(threshold);
        setLevel(level);
        logger.setLevel(level);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    /** Sends the library's records at or above the threshold to this stream until closed. */
    static LogSetup install(System.Logger.Level threshold, PrintStream err) {
        return new LogSetup(threshold, err);
    }

    /**
     * The threshold of a {@code --log-level} value.
     *
     * @throws UsageException for a name not in {@link #NAMES}
     */
    static System.Logger.Level parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "trace" -> System.Logger.Level.TRACE;
            case "debug" -> System.Logger.Level.DEBUG;
            case "info" -> System.Logger.Level.INFO;
            case "warning", "warn" -> System.Logger.Level.WARNING;
            case "error" -> System.Logger.Level.ERROR;
            case "off" -> System.Logger.Level.OFF;
            default -> throw new UsageException("--log-level must be one of " + NAMES + ", got '" + name + "'");
        };
    }

    private static Level julLevel(System.Logger.Level level) {
        return switch (level) {
            case ALL -> Level.ALL;
            case TRACE -> Level.FINER;
            case DEBUG -> Level.FINE;
            case INFO -> Level.INFO;
            case WARNING -> Level.WARNING;
            case ERROR -> Level.SEVERE;
            case OFF -> Level.OFF;
        };
    }

    private static String name(Level level) {
        int v = level.intValue();
        return v >= Level.SEVERE.intValue() ? "ERROR" : v >= Level.WARNING.intValue() ? "WARNING"
                : v >= Level.INFO.intValue() ? "INFO" : v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = formatter.formatMessage(record); // applies parameters and resource bundles
        message = message == null ? "" : message;
        StringBuilder line = new StringBuilder(message.length() + 64)
                .append(Instant.ofEpochMilli(record.getMillis())).append(' ').append(name(record.getLevel()))
                .append(' ').append(record.getLoggerName()).append(' ')
                .append(message.replace("\r", "\\r").replace("\n", "\\n"));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void flush() {
        err.flush();
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(oldLevel);
        logger.setUseParentHandlers(oldUseParent);
    }
}
