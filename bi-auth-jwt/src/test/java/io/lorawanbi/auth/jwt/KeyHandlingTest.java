package io.lorawanbi.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.auth.jwt.testsupport.Claims;
import io.lorawanbi.auth.jwt.testsupport.LogCapture;
import io.lorawanbi.auth.jwt.testsupport.SigningKey;
import io.lorawanbi.auth.jwt.testsupport.TestIssuer;
import io.lorawanbi.server.AuthenticationRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Key rotation, rate-limited refetching, outage tolerance and the bounded wait, against a real JWKS
 * endpoint on loopback. These use the real clock with short policy durations (a few seconds in all).
 */
@Timeout(60)
class KeyHandlingTest {

    static final String ADDRESS = "https://hns.example.net:8886";

    static String token(TestIssuer issuer, SigningKey key) {
        return key.sign(Claims.cluster(issuer.issuer(), ADDRESS, Instant.now()).build());
    }

    static PacketBrokerTokenVerifier verifier(TestIssuer issuer, JwksPolicy policy) {
        return PacketBrokerTokenVerifier.builder().issuer(issuer.issuer()).publicAddress(ADDRESS).keys(policy).build();
    }

    static String reason(PacketBrokerTokenVerifier verifier, String token) {
        try {
            verifier.verify(token);
            return "accepted";
        } catch (AuthenticationRefusedException e) {
            return e.reason();
        }
    }

    @Test
    void keys_are_fetched_once_and_then_served_from_the_cache() throws Exception {
        SigningKey key = SigningKey.ed25519("k1");
        try (TestIssuer issuer = TestIssuer.start(key);
                PacketBrokerTokenVerifier verifier = verifier(issuer, JwksPolicy.defaults())) {
            for (int i = 0; i < 20; i++) {
                assertThat(verifier.verify(token(issuer, key))).isPresent();
            }
            assertThat(issuer.fetches()).isEqualTo(1);
        }
    }

    @Test
    void a_rotated_key_is_fetched_on_first_sight_without_a_restart() throws Exception {
        SigningKey old = SigningKey.ed25519("2026-01");
        SigningKey rotated = SigningKey.es256("2026-02");
        try (TestIssuer issuer = TestIssuer.start(old);
                PacketBrokerTokenVerifier verifier = verifier(issuer, JwksPolicy.defaults())) {
            assertThat(verifier.verify(token(issuer, old))).isPresent();
            issuer.publish(old, rotated); // the issuer rotates; the verifier's cache still holds the old set
            assertThat(verifier.verify(token(issuer, rotated))).isPresent();
            assertThat(issuer.fetches()).isEqualTo(2);
            assertThat(verifier.verify(token(issuer, old))).isPresent();
            assertThat(issuer.fetches()).isEqualTo(2);
        }
    }

    @Test
    void an_unknown_key_is_refused_and_a_later_rotation_to_it_is_picked_up() throws Exception {
        SigningKey old = SigningKey.ed25519("old");
        SigningKey next = SigningKey.rs256("next");
        JwksPolicy policy = JwksPolicy.defaults().withRefetchInterval(Duration.ofMillis(300));
        try (TestIssuer issuer = TestIssuer.start(old);
                PacketBrokerTokenVerifier verifier = verifier(issuer, policy)) {
            assertThat(verifier.verify(token(issuer, old))).isPresent();
            assertThat(reason(verifier, token(issuer, next))).isEqualTo("unknown key");
            assertThat(issuer.fetches()).isEqualTo(2); // the unknown kid triggered one refetch
            issuer.publish(old, next);
            TimeUnit.MILLISECONDS.sleep(400); // past the rate-limit window
            assertThat(verifier.verify(token(issuer, next))).isPresent();
        }
    }

    @Test
    void made_up_key_ids_cannot_flood_the_key_endpoint() throws Exception {
        SigningKey key = SigningKey.ed25519("real");
        try (TestIssuer issuer = TestIssuer.start(key);
                PacketBrokerTokenVerifier verifier = verifier(issuer, JwksPolicy.defaults())) {
            assertThat(verifier.verify(token(issuer, key))).isPresent();
            for (int i = 0; i < 50; i++) {
                SigningKey forged = SigningKey.ed25519("forged-" + i);
                assertThat(reason(verifier, token(issuer, forged))).isEqualTo("unknown key");
            }
            // at most two fetches per 30 s window: the first load and one refetch
            assertThat(issuer.fetches()).isLessThanOrEqualTo(2);
            assertThat(verifier.verify(token(issuer, key))).isPresent();
        }
    }

    @Test
    void an_outage_of_the_key_endpoint_keeps_the_last_good_keys_for_a_bounded_time() throws Exception {
        SigningKey key = SigningKey.ed25519("k1");
        JwksPolicy policy = new JwksPolicy(Duration.ofMillis(1000), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(2500), Duration.ofMillis(300), 64 * 1024);
        try (TestIssuer issuer = TestIssuer.start(key);
                PacketBrokerTokenVerifier verifier = verifier(issuer, policy)) {
            assertThat(verifier.verify(token(issuer, key))).isPresent();
            long lastGoodFetch = System.nanoTime();
            issuer.down(true);

            TimeUnit.MILLISECONDS.sleep(1200); // past the cache time: the refresh failed, the last good keys remain
            assertThat(issuer.fetches()).isGreaterThan(1);
            assertThat(verifier.verify(token(issuer, key))).isPresent();

            String reason = "accepted";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (reason.equals("accepted") && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
                reason = reason(verifier, token(issuer, key));
            }
            long keptMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastGoodFetch);
            assertThat(reason).isEqualTo("signing keys unavailable");
            // kept for the outage tolerance (2.5 s from the fetch, which came a little before
            // lastGoodFetch), at most outage tolerance + cache time (+ slack for a loaded machine)
            assertThat(keptMillis).isBetween(2400L, 2500L + 1000L + 1500L);

            issuer.down(false); // the endpoint recovers: keys come back without a restart
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (!reason.equals("accepted") && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
                reason = reason(verifier, token(issuer, key));
            }
            assertThat(reason).isEqualTo("accepted");
        }
    }

    @Test
    void a_hanging_key_endpoint_holds_a_request_no_longer_than_the_fetch_timeout() throws Exception {
        SigningKey key = SigningKey.ed25519("k1");
        JwksPolicy policy = JwksPolicy.defaults().withFetchTimeout(Duration.ofMillis(300));
        try (TestIssuer issuer = TestIssuer.start(key);
                PacketBrokerTokenVerifier verifier = verifier(issuer, policy)) {
            issuer.hang(); // would hold each fetch for 10 s
            long start = System.nanoTime();
            assertThatThrownBy(() -> verifier.verify(token(issuer, key)))
                    .isInstanceOf(AuthenticationRefusedException.class)
                    .hasMessage("signing keys unavailable");
            // the wait is bounded by the fetch timeout, far below the endpoint's 10 s
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        }
    }

    @Test
    void concurrent_requests_during_a_hanging_fetch_all_get_an_answer_within_the_bound() throws Exception {
        SigningKey key = SigningKey.es256("k1");
        JwksPolicy policy = JwksPolicy.defaults().withFetchTimeout(Duration.ofMillis(300));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (TestIssuer issuer = TestIssuer.start(key);
                PacketBrokerTokenVerifier verifier = verifier(issuer, policy)) {
            issuer.hang();
            String token = token(issuer, key);
            long start = System.nanoTime();
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> reason(verifier, token)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("signing keys unavailable");
            }
            // one thread fetches, the others wait for it at most the fetch timeout: far below the 10 s hang
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
            assertThat(issuer.fetches()).isLessThanOrEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void a_key_set_over_the_size_limit_is_refused_and_logged_once() throws Exception {
        SigningKey key = SigningKey.rs256("big");
        try (TestIssuer issuer = TestIssuer.start(key);
                PacketBrokerTokenVerifier verifier = verifier(issuer, JwksPolicy.defaults().withMaxBytes(64));
                LogCapture log = LogCapture.install()) {
            for (int i = 0; i < 3; i++) {
                assertThat(reason(verifier, token(issuer, key))).isEqualTo("signing keys unavailable");
            }
            assertThat(log.records()).filteredOn(r -> r.startsWith("WARNING")).hasSize(1)
                    .allMatch(r -> r.contains(issuer.jwksUri().toString()));
        }
    }

    @Test
    void policies_that_cannot_work_are_refused_at_configuration() {
        JwksPolicy d = JwksPolicy.defaults();
        assertThatThrownBy(() -> d.withRefetchInterval(Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refetchInterval");
        assertThatThrownBy(() -> d.withRefreshAhead(Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshAhead");
        assertThatThrownBy(() -> d.withFetchTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fetchTimeout");
        assertThatThrownBy(() -> d.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
