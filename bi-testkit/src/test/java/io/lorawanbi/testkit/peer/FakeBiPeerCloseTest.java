package io.lorawanbi.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Closing a FakeBiPeer finishes the replies it has begun, delayed ones included, within its grace period. */
@Timeout(30)
class FakeBiPeerCloseTest {

    static final Duration WAIT = Duration.ofSeconds(5);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();

    static CompletableFuture<HttpResponse<String>> send(FakeBiPeer peer, String body) {
        return HTTP.sendAsync(HttpRequest.newBuilder(peer.uri()).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void close_during_a_delayed_reply_still_sends_the_whole_reply_then_stops() throws Exception {
        FakeBiPeer peer = FakeBiPeer.start();
        String reply = "{\"ResultCode\":\"Success\",\"padding\":\"" + "x".repeat(20_000) + "\"}";
        peer.enqueue(Reply.status(200, reply).delayed(Duration.ofMillis(1500)));
        var inFlight = send(peer, "1");
        peer.takeRequest(WAIT); // the reply is begun: taken from the queue, waiting out its delay
        assertThat(inFlight).isNotDone();

        long start = System.nanoTime();
        peer.close();
        long closeMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(reply);
        assertThat(closeMillis).as("close waited for the reply, not for its whole grace")
                .isLessThan(FakeBiPeer.DEFAULT_CLOSE_GRACE.toMillis());
        assertThatThrownBy(() -> send(peer, "2").get(10, TimeUnit.SECONDS))
                .as("stopped: nothing listens any more").isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void a_request_arriving_while_closing_is_answered_503_and_takes_no_reply() throws Exception {
        FakeBiPeer peer = FakeBiPeer.start();
        peer.enqueue(Reply.status(200, "slow").delayed(Duration.ofMillis(1500)));
        peer.enqueue(Reply.status(200, "not for the newcomer"));
        var slow = send(peer, "1");
        peer.takeRequest(WAIT);
        var closing = CompletableFuture.runAsync(peer::close);
        // close() is now waiting for the slow reply; a newcomer is refused at once.
        HttpResponse<String> late = null;
        for (int i = 0; i < 50 && late == null; i++) {
            HttpResponse<String> r = send(peer, "2").get(10, TimeUnit.SECONDS);
            if (r.statusCode() == 503) {
                late = r;
            } else {
                Thread.sleep(10); // close() had not begun yet: that request was served from the queue
            }
        }
        assertThat(late).as("a request during close is refused").isNotNull();
        assertThat(late.body()).isEqualTo("{\"ResultCode\":\"Other\",\"Description\":\"FakeBiPeer: closing\"}");
        assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("slow");
        closing.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_reply_due_after_the_grace_period_is_dropped_and_close_returns_in_bounded_time() throws Exception {
        FakeBiPeer peer = FakeBiPeer.start();
        peer.enqueue(Reply.status(200, "too late").delayed(Duration.ofSeconds(20)));
        var inFlight = send(peer, "1");
        peer.takeRequest(WAIT);

        long start = System.nanoTime();
        peer.close(Duration.ofMillis(200));
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10)); // far below the delay

        assertThatThrownBy(() -> inFlight.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        peer.close(); // idempotent
    }
}
