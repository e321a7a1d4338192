package io.lorawanbi.registry.jdbc;

import static io.lorawanbi.registry.jdbc.Requests.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.testsupport.LogCapture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database stops mid-run and comes back: Other in bounded time meanwhile, answers again after. */
class RestartPostgresTest {

    static final NetID HOME = NetID.parse("600042");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 KNOWN = EUI64.parse("0102030405060708");
    static final String PASSWORD = "pg-Secret-4711";
    static final String URL_PASSWORD = "url-Secret-0815";

    static PostgresServer pg;

    @BeforeAll
    static void start() {
        pg = new PostgresServer();
        pg.execute(Schemas.CHIRPSTACK_DEVICE, Schemas.chirpstackDevice("0102030405060708", "70b3d57ed0000000", "d"));
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    @Test
    void a_stopped_database_is_answered_other_in_bounded_time_and_answers_resume_after_its_restart() {
        HomeNSOutcome unavailable = new HomeNSOutcome.Failure(ResultCode.Other, "device registry unavailable");
        try (LogCapture logs = LogCapture.install();
                JdbcHomeNSHandler h = JdbcHomeNSHandler.builder()
                        // The embedded server trusts local connections: the passwords are sent, never checked.
                        .jdbcUrl(pg.url() + "?sslmode=disable&password=" + URL_PASSWORD)
                        .username("postgres").password(PASSWORD)
                        .preset(RegistryPreset.CHIRPSTACK_V4).homeNetId(HOME)
                        .connectionTimeout(Duration.ofMillis(500)).poolSize(2).build()) {
            assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(HomeNSOutcome.found(HOME));

            pg.stop();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(unavailable);
                // Bounded by the connection timeout (0.5 s), with a margin no load eats, far below the deadline.
                assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(15));
            }

            pg.restart();
            HomeNSOutcome after = unavailable;
            for (int i = 0; i < 20 && !(after instanceof HomeNSOutcome.Found); i++) {
                after = resolve(h, JOIN_EUI, KNOWN);
            }
            assertThat(after).isEqualTo(HomeNSOutcome.found(HOME));
            assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(HomeNSOutcome.found(HOME));

            assertThat(logs.records()).filteredOn(r -> r.contains("unreachable or failing")).hasSize(1);
            assertThat(logs.records()).filteredOn(r -> r.contains("device registry answers again")).hasSize(1);
            assertThat(String.join("\n", logs.records())).doesNotContain(PASSWORD, URL_PASSWORD);
            assertThat(h.toString()).doesNotContain(PASSWORD, URL_PASSWORD).contains("password=***");
        }
    }

    @Test
    void a_database_down_at_start_does_not_stop_the_build_and_is_answered_other() {
        try (LogCapture logs = LogCapture.install();
                JdbcHomeNSHandler h = JdbcHomeNSHandler.builder().jdbcUrl("jdbc:postgresql://127.0.0.1:1/none")
                        .username("postgres").password(PASSWORD).preset(RegistryPreset.THE_THINGS_STACK)
                        .homeNetId(HOME).connectionTimeout(Duration.ofMillis(300)).build()) {
            long start = System.nanoTime();
            assertThat(resolve(h, JOIN_EUI, KNOWN))
                    .isEqualTo(new HomeNSOutcome.Failure(ResultCode.Other, "device registry unavailable"));
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(15));
            assertThat(String.join("\n", logs.records())).contains("unreachable or failing").doesNotContain(PASSWORD);
        }
    }

    @Test
    void ping_follows_the_database_down_and_up_and_is_false_once_closed() {
        JdbcHomeNSHandler h = JdbcHomeNSHandler.builder().jdbcUrl(pg.url() + "?sslmode=disable")
                .username("postgres").password(PASSWORD).preset(RegistryPreset.CHIRPSTACK_V4).homeNetId(HOME)
                .connectionTimeout(Duration.ofMillis(500)).poolSize(2).build();
        try (LogCapture logs = LogCapture.install(); h) {
            assertThat(h.ping()).isTrue();

            pg.stop();
            long start = System.nanoTime();
            assertThat(h.ping()).isFalse();
            // Bounded by the connection timeout (0.5 s) and the 1 s check, with a margin no load eats.
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(15));

            pg.restart();
            boolean up = false;
            for (int i = 0; i < 20 && !up; i++) {
                up = h.ping();
            }
            assertThat(up).isTrue();
            assertThat(String.join("\n", logs.records())).doesNotContain(PASSWORD);
        }
        assertThat(h.ping()).isFalse();
    }

    @Test
    void ping_of_a_database_down_at_start_is_false() {
        try (JdbcHomeNSHandler h = JdbcHomeNSHandler.builder().jdbcUrl("jdbc:postgresql://127.0.0.1:1/none")
                .username("postgres").password(PASSWORD).preset(RegistryPreset.THE_THINGS_STACK)
                .homeNetId(HOME).connectionTimeout(Duration.ofMillis(300)).build()) {
            assertThat(h.ping()).isFalse();
        }
    }
}
