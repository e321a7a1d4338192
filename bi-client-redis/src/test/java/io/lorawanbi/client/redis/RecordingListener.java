package io.lorawanbi.client.redis;

import io.lorawanbi.client.PendingKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a store reported, as text: {@code "TIMED_OUT 000013/7 {...}"}, {@code "UNMATCHED ..."}. */
final class RecordingListener implements LateAnswerListener {

    final List<String> reports = new CopyOnWriteArrayList<>();

    @Override
    public void lateAnswer(PendingKey key, byte[] answer, Reason reason) {
        reports.add(reason + " " + key.senderId() + "/" + key.transactionId() + " " + new String(answer, StandardCharsets.UTF_8));
    }

    @Override
    public void unmatchedAnswer(PendingKey key, byte[] answer) {
        reports.add("UNMATCHED " + key.senderId() + "/" + key.transactionId() + " " + new String(answer, StandardCharsets.UTF_8));
    }
}
