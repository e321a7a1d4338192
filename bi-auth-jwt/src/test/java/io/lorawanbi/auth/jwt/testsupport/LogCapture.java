package io.lorawanbi.auth.jwt.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every record logged under {@code io.lorawanbi} (System.Logger goes to java.util.logging by
 * default), at every level, formatted with any stack trace. Closing restores the logger.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.lorawanbi");
    private final Level oldLevel;
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        oldLevel = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Starts capturing. */
    public static LogCapture install() {
        return new LogCapture();
    }

    /** The formatted records so far, each with its level. */
    public List<String> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record.getLevel() + " " + record.getLoggerName() + " " + formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(oldLevel);
    }
}
