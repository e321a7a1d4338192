package io.lorawanbi.registry.jdbc;

import static io.lorawanbi.registry.jdbc.Requests.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.SenderAuthenticator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Custom queries, answers through BiServer, slow queries and concurrency, in a real PostgreSQL. */
class LookupPostgresTest {

    static final NetID HOME = NetID.parse("600042");
    static final EUI64 JOIN_EUI = Fixtures.JOIN_EUI;
    static final EUI64 KNOWN = EUI64.parse("0102030405060708");
    static final EUI64 ROAMER = EUI64.parse("0102030405060709");
    static final EUI64 BYTES_ROW = EUI64.parse("010203040506070A");
    static final EUI64 UNKNOWN = EUI64.parse("0102030405060700");

    static PostgresServer pg;

    @BeforeAll
    static void start() {
        pg = new PostgresServer();
        pg.execute("create table registry (dev_eui text primary key, net_id text, ns_id bytea, net_bytes bytea,"
                        + " net_int integer)",
                "insert into registry values ('0102030405060708', null, null, null, null)",
                "insert into registry values ('0102030405060709', 'C00053', decode('70B3D57ED0005678', 'hex'), null, null)",
                "insert into registry values ('010203040506070A', null, null, decode('000013', 'hex'), 19)");
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    private JdbcHomeNSHandler.Builder builder(String sql) {
        return JdbcHomeNSHandler.builder().jdbcUrl(pg.url()).username("postgres")
                .query(LookupQuery.of(sql, EuiEncoding.HEX_UPPER)).homeNetId(HOME);
    }

    @Test
    void a_row_can_carry_its_own_home_net_id_and_nsid_in_text_bytes_or_numbers() {
        try (JdbcHomeNSHandler h = builder("SELECT net_id AS home_net_id, ns_id AS home_ns_id FROM registry"
                + " WHERE dev_eui = :dev_eui").build()) {
            assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(HomeNSOutcome.found(HOME));
            assertThat(resolve(h, JOIN_EUI, ROAMER))
                    .isEqualTo(HomeNSOutcome.found(NetID.parse("C00053"), EUI64.parse("70B3D57ED0005678")));
            assertThat(resolve(h, JOIN_EUI, UNKNOWN)).isEqualTo(HomeNSOutcome.unknownDevice());
        }
        try (JdbcHomeNSHandler h = builder("SELECT net_bytes AS HOME_NET_ID FROM registry WHERE dev_eui = :dev_eui")
                .build()) {
            assertThat(resolve(h, JOIN_EUI, BYTES_ROW)).isEqualTo(HomeNSOutcome.found(NetID.parse("000013")));
        }
        try (JdbcHomeNSHandler h = builder("SELECT net_int AS home_net_id, 8070450532247928832 AS home_ns_id"
                + " FROM registry WHERE dev_eui = :dev_eui").build()) {
            assertThat(resolve(h, JOIN_EUI, BYTES_ROW))
                    .isEqualTo(HomeNSOutcome.found(NetID.parse("000013"), EUI64.parse("7000000000000000")));
        }
    }

    @Test
    void a_row_with_an_unusable_value_is_answered_other() {
        try (JdbcHomeNSHandler h = builder("SELECT 'not hex' AS home_net_id FROM registry WHERE dev_eui = :dev_eui")
                .build()) {
            assertThat(resolve(h, JOIN_EUI, KNOWN)).isInstanceOf(HomeNSOutcome.Failure.class);
        }
    }

    @Test
    void a_row_without_home_net_id_and_none_configured_is_answered_other() {
        try (JdbcHomeNSHandler h = JdbcHomeNSHandler.builder().jdbcUrl(pg.url()).username("postgres")
                .query(LookupQuery.of("SELECT 1 FROM registry WHERE dev_eui = :dev_eui", EuiEncoding.HEX_UPPER))
                .build()) {
            assertThat(resolve(h, JOIN_EUI, KNOWN))
                    .isEqualTo(new HomeNSOutcome.Failure(ResultCode.Other, "no home NetID configured"));
        }
    }

    @Test
    void a_bi_server_answers_home_ns_req_from_the_database_in_both_versions() {
        try (JdbcHomeNSHandler h = builder("SELECT net_id AS home_net_id, ns_id AS home_ns_id FROM registry"
                + " WHERE dev_eui = :dev_eui").homeNsId(EUI64.parse("70B3D57ED0001234")).build()) {
            BiServer server = BiServer.builder()
                    .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                    .answersFor(JOIN_EUI).homeNsHandler(h).build();
            BiCodec codec = BiCodec.standard();
            for (ProtocolVersion v : List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)) {
                HomeNSAns known = exchange(server, codec, new HomeNSReq(Fixtures.header(MessageType.HomeNSReq, v), KNOWN));
                assertThat(known.result().resultCode()).isEqualTo(ResultCode.Success);
                assertThat(known.hNetId()).isEqualTo(HOME);
                assertThat(known.hNsId()).isEqualTo(v.equals(ProtocolVersion.V1_1) ? EUI64.parse("70B3D57ED0001234") : null);
                HomeNSAns unknown = exchange(server, codec, new HomeNSReq(Fixtures.header(MessageType.HomeNSReq, v), UNKNOWN));
                assertThat(unknown.result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
                assertThat(unknown.hNetId()).isNull();
            }
        }
    }

    private static HomeNSAns exchange(BiServer server, BiCodec codec, HomeNSReq request) {
        OutboundResponse response = server.handle(InboundRequest.of(codec.encode(request)));
        assertThat(response.status()).isEqualTo(200);
        return codec.decode(response.body(), HomeNSAns.class);
    }

    @Test
    void a_query_slower_than_its_timeout_is_cancelled_and_answered_other_then_the_pool_still_answers() throws Exception {
        try (JdbcHomeNSHandler h = builder("SELECT 1 FROM registry, pg_sleep(CASE WHEN dev_eui = '0102030405060709'"
                + " THEN 60 ELSE 0 END) WHERE dev_eui = :dev_eui").queryTimeout(Duration.ofMillis(500)).poolSize(1).build()) {
            long start = System.nanoTime();
            HomeNSOutcome slow = resolve(h, JOIN_EUI, ROAMER);
            long elapsed = System.nanoTime() - start;
            assertThat(slow).isEqualTo(new HomeNSOutcome.Failure(ResultCode.Other, "device registry did not answer in time"));
            // Far below the 60 s sleep: the statement was cancelled, not waited for.
            assertThat(elapsed).isLessThan(TimeUnit.SECONDS.toNanos(20));
            assertThat(sleepingBackends()).isZero();
            // The one connection of the pool was not lost to the cancelled statement.
            assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(HomeNSOutcome.found(HOME));
        }
    }

    @Test
    void a_request_deadline_shorter_than_the_query_timeout_bounds_the_answer() {
        try (JdbcHomeNSHandler h = builder("SELECT 1 FROM registry, pg_sleep(60) WHERE dev_eui = :dev_eui")
                .queryTimeout(Duration.ofSeconds(30)).build()) {
            long start = System.nanoTime();
            HomeNSOutcome slow = resolve(h, JOIN_EUI, KNOWN, Duration.ofMillis(700));
            assertThat(slow).isEqualTo(new HomeNSOutcome.Failure(ResultCode.Other, "device registry did not answer in time"));
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(20));
        }
    }

    private static int sleepingBackends() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Connection c = pg.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                            + " AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            Thread.sleep(50);
        }
        return 1;
    }

    @Test
    void concurrent_lookups_all_answer_and_use_at_most_the_pool_size_of_connections() throws Exception {
        int pool = 3;
        // The URL's ApplicationName wins over the pool's, and tells this pool's connections from others'.
        try (JdbcHomeNSHandler h = builder("SELECT net_id AS home_net_id FROM registry, pg_sleep(0.005)"
                + " WHERE dev_eui = :dev_eui").jdbcUrl(pg.url() + "?ApplicationName=concurrency").poolSize(pool).build()) {
            ExecutorService callers = Executors.newFixedThreadPool(16);
            AtomicInteger maxConnections = new AtomicInteger();
            CompletableFuture<Void> watch = CompletableFuture.runAsync(() -> watchConnections(maxConnections));
            try {
                List<CompletableFuture<HomeNSOutcome>> all = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    EUI64 dev = i % 3 == 0 ? KNOWN : i % 3 == 1 ? ROAMER : UNKNOWN;
                    all.add(CompletableFuture.supplyAsync(() -> resolve(h, JOIN_EUI, dev), callers));
                }
                for (int i = 0; i < all.size(); i++) {
                    HomeNSOutcome outcome = all.get(i).get(60, TimeUnit.SECONDS);
                    switch (i % 3) {
                        case 0 -> assertThat(outcome).isEqualTo(HomeNSOutcome.found(HOME));
                        case 1 -> assertThat(outcome).isEqualTo(HomeNSOutcome.found(NetID.parse("C00053")));
                        default -> assertThat(outcome).isEqualTo(HomeNSOutcome.unknownDevice());
                    }
                }
            } finally {
                watch.cancel(true);
                callers.shutdownNow();
            }
            assertThat(maxConnections.get()).isBetween(1, pool);
        }
    }

    private static void watchConnections(AtomicInteger max) {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 2000 && !Thread.currentThread().isInterrupted(); i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name"
                        + " = 'concurrency'")) {
                    rs.next();
                    max.accumulateAndGet(rs.getInt(1), Math::max);
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            // The watch ends with the test.
        }
    }

    @Test
    void lookups_beyond_the_queue_are_answered_other_at_once() {
        try (JdbcHomeNSHandler h = builder("SELECT 1 FROM registry, pg_sleep(2) WHERE dev_eui = :dev_eui")
                .poolSize(1).maxQueuedLookups(1).queryTimeout(Duration.ofSeconds(10)).build()) {
            List<CompletableFuture<HomeNSOutcome>> all = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                all.add(h.resolve(Requests.homeNsReq(JOIN_EUI, KNOWN), Requests.context(Duration.ofSeconds(30)))
                        .toCompletableFuture());
            }
            // One running, one queued; the other three are refused without waiting.
            long refused = all.stream().filter(f -> f.isDone()
                    && f.join().equals(new HomeNSOutcome.Failure(ResultCode.Other, "device registry busy"))).count();
            assertThat(refused).isEqualTo(3);
            assertThat(all.get(0).join()).isEqualTo(HomeNSOutcome.found(HOME));
        }
    }

    @Test
    void a_closed_handler_answers_other() {
        JdbcHomeNSHandler h = builder("SELECT 1 FROM registry WHERE dev_eui = :dev_eui").build();
        h.close();
        h.close();
        assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(new HomeNSOutcome.Failure(ResultCode.Other, "device registry closed"));
    }

    @Test
    void a_host_data_source_is_used_and_left_open() throws Exception {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(pg.url());
        ds.setUser("postgres");
        try (JdbcHomeNSHandler h = JdbcHomeNSHandler.builder().dataSource(ds).preset(RegistryPreset.CHIRPSTACK_V4)
                .homeNetId(HOME).query(LookupQuery.of("SELECT 1 FROM registry WHERE dev_eui = :dev_eui",
                        EuiEncoding.HEX_UPPER)).build()) {
            assertThat(resolve(h, JOIN_EUI, KNOWN)).isEqualTo(HomeNSOutcome.found(HOME));
            assertThat(h.toString()).contains("dataSource=org.postgresql.ds.PGSimpleDataSource", "query=custom");
        }
        try (Connection c = ds.getConnection()) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
