package io.lorawanbi.server.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every record logged under {@code io.lorawanbi} (System.Logger goes to java.util.logging by
 * default), at every level, fully formatted with any stack trace; the console sees none of them while
 * installed. Closing restores the logger's level and parent handlers.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.lorawanbi");
    private final Level oldLevel;
    private final boolean oldUseParent;
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        oldLevel = logger.getLevel();
        oldUseParent = logger.getUseParentHandlers();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    /** Starts capturing. */
    public static LogCapture install() {
        return new LogCapture();
    }

    /** The formatted records so far (message, logger, level, thrown with its causes). */
    public List<String> records() {
        return List.copyOf(records);
    }

    /** Whether any record contains the text. */
    public boolean anyContains(String text) {
        return records.stream().anyMatch(r -> r.contains(text));
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record.getLoggerName() + " " + formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(oldLevel);
        logger.setUseParentHandlers(oldUseParent);
    }
}
