package io.lorawanbi.client.redis;

import io.lorawanbi.client.PendingKey;
import java.lang.System.Logger.Level;

/** The default {@link LateAnswerListener}: a WARNING for every late answer, DEBUG for unmatched ones. */
enum LoggingListener implements LateAnswerListener {
    INSTANCE;

    @Override
    public void lateAnswer(PendingKey key, byte[] answer, Reason reason) {
        RedisPendingAnswerStore.LOG.log(Level.WARNING, () -> "late answer for "
                + RedisPendingAnswerStore.describe(key) + " (" + reason + "), " + answer.length + " bytes, not used");
    }

    @Override
    public void unmatchedAnswer(PendingKey key, byte[] answer) {
        RedisPendingAnswerStore.LOG.log(Level.DEBUG, () -> "unmatched answer for "
                + RedisPendingAnswerStore.describe(key) + ", " + answer.length + " bytes");
    }
}
