package io.lorawanbi.testkit.conformance;

import io.lorawanbi.testkit.client.TargetResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's verdicts as a whole: a connection that was never made is never a refusal and ends the
 * run in one line, a close after the request was sent is a refusal, an answer to a valid oversized
 * request passes, a rule that does not apply is not a pass, and a shared cause of most failures is
 * stated first.
 */
class RunnerVerdictsTest {

    private static final ConformanceTarget GOOD = ConformanceTarget.inProcess(ReferenceServers.server());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void an_endpoint_where_nothing_listens_ends_the_run_in_one_line() throws IOException {
        URI closed = closedPort();
        AtomicInteger heard = new AtomicInteger();
        ConformanceReport report = new ConformanceRunner().run(ConformanceTarget.http(closed, HTTP, null),
                ReferenceServers.config(), r -> heard.incrementAndGet());

        assertThat(report.results()).isEmpty();
        assertThat(heard).hasValue(0);
        assertThat(report.unreachableReason()).hasValue("cannot reach " + closed + ": connection refused");
        assertThat(report.summary()).isEqualTo("not run: cannot reach " + closed + ": connection refused");
        assertThat(report.render()).hasLineCount(1);
        assertThat(report.requiredRulesPassed()).isFalse();
    }

    @Test
    void a_name_that_does_not_resolve_ends_the_run_saying_so() {
        // .invalid never resolves (RFC 6761): the JDK's client wraps UnresolvedAddressException in ConnectException
        URI nowhere = URI.create("http://nonexistent.invalid/");
        ConformanceReport report = new ConformanceRunner().run(ConformanceTarget.http(nowhere, HTTP, null),
                ReferenceServers.config());

        assertThat(report.results()).isEmpty();
        assertThat(report.summary()).startsWith("not run: cannot reach http://nonexistent.invalid/: the name does not resolve")
                .doesNotContain("refused").hasLineCount(1);
    }

    @Test
    void a_failed_tls_handshake_ends_the_run_with_the_pkix_reason(@TempDir Path dir) throws Exception {
        try (BiHttpServer https = BiHttpServer.https(ReferenceServers.server(), new InetSocketAddress("127.0.0.1", 0),
                selfSigned(dir), BiHttpServer.ClientAuth.NONE)) {
            ConformanceReport report = new ConformanceRunner().run(ConformanceTarget.http(https.uri(), HTTP, null),
                    ReferenceServers.config());

            assertThat(report.results()).isEmpty();
            assertThat(report.summary()).startsWith("not run: cannot reach " + https.uri() + ": TLS handshake failed: ")
                    .contains("PKIX path building failed").contains("unable to find valid certification path to requested target")
                    .doesNotContain("Exception").hasLineCount(1);
        }
    }

    @Test
    void a_connection_never_made_is_not_a_refusal() throws IOException {
        ConformanceTarget nothing = ConformanceTarget.http(closedPort(), HTTP, null);
        for (String name : List.of("optional_oversize_body_is_answered_or_refused", "required_deep_nesting_is_refused",
                "optional_duplicate_members_are_refused", "required_still_answering_after_hostile_input")) {
            RuleResult result = ConformanceRunner.runOne(HomeNSConformance.rule(name), ProtocolVersion.V1_0, nothing,
                    ReferenceServers.config(), 1);
            assertThat(result.outcome()).as(name).isEqualTo(RuleResult.Outcome.FAIL);
            assertThat(result.detail()).as(name).startsWith("the endpoint could not be reached: cannot reach ")
                    .endsWith(": connection refused");
        }
    }

    @Test
    void a_close_after_the_request_was_sent_is_a_refusal() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread closer = new Thread(() -> closeAfterReading(server), "closer");
            closer.setDaemon(true);
            closer.start();
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
            RuleResult result = ConformanceRunner.runOne(HomeNSConformance.rule("required_deep_nesting_is_refused"),
                    ProtocolVersion.V1_0, ConformanceTarget.http(uri, HTTP, null), ReferenceServers.config(), 1);
            assertThat(result.outcome()).as(result.line()).isEqualTo(RuleResult.Outcome.PASS);
            closer.interrupt();
        }
    }

    @Test
    void no_response_in_time_is_not_a_refusal() {
        ConformanceTarget hanging = body -> {
            throw new UncheckedIOException("no response", new HttpTimeoutException("request timed out"));
        };
        RuleResult result = ConformanceRunner.runOne(HomeNSConformance.rule("optional_oversize_body_is_answered_or_refused"),
                ProtocolVersion.V1_0, hanging, ReferenceServers.config(), 1);
        assertThat(result.outcome()).isEqualTo(RuleResult.Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("expected a response or a closed connection, got no response in time");
    }

    @Test
    void a_preflight_without_an_answer_in_time_ends_the_run_in_one_line() throws IOException {
        // the kernel accepts connections into the backlog; nothing ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/");
            AtomicInteger heard = new AtomicInteger();
            long start = System.nanoTime();
            ConformanceReport report = new ConformanceRunner().run(
                    ConformanceTarget.http(uri, HTTP, null, Duration.ofSeconds(1)), ReferenceServers.config(),
                    r -> heard.incrementAndGet());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(report.results()).isEmpty();
            assertThat(heard).hasValue(0);
            assertThat(report.summary()).isEqualTo("not run: " + uri + ": no answer within 1 s to a valid request");
            assertThat(report.requiredRulesPassed()).isFalse();
            assertThat(took).as("one preflight, not a timeout per rule").isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void the_run_stops_at_its_deadline_and_reports_the_rules_not_run() {
        ConformanceTarget slow = body -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException("interrupted", new IOException(e));
            }
            return GOOD.post(body);
        };
        List<RuleResult> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        ConformanceReport report = new ConformanceRunner().withDeadline(Duration.ofSeconds(1))
                .run(slow, ReferenceServers.config(), heard::add);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        int all = HomeNSConformance.rules().size() * ReferenceServers.config().versions().size();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(report.results()).hasSize(all).isEqualTo(heard);
        assertThat(report.complete()).isFalse();
        assertThat(report.requiredRulesPassed()).isFalse();
        assertThat(report.stoppedReason()).hasValueSatisfying(r -> assertThat(r)
                .matches("the run's deadline of 1 s passed after \\d+ of " + all + " rules"));
        List<RuleResult> notRun = report.results().stream().filter(r -> r.detail().startsWith("not run: ")).toList();
        assertThat(notRun).isNotEmpty().allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(RuleResult.Outcome.SKIP);
            assertThat(r.detail()).isEqualTo("not run: the run's deadline of 1 s passed");
        });
        assertThat(report.render()).startsWith("stopped: the run's deadline of 1 s passed after ");
        assertThatThrownBy(() -> new ConformanceRunner().withDeadline(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_answer_to_the_valid_oversized_request_passes_and_so_does_a_refusal() {
        Rule oversize = HomeNSConformance.rule("optional_oversize_body_is_answered_or_refused");
        assertThat(oversize.isRequired()).isFalse();
        ConformanceTarget unlimited = GOOD.mapRequests(q -> new String(q, StandardCharsets.UTF_8)
                .replaceAll(",\"Padding\":\"A+\"", "").getBytes(StandardCharsets.UTF_8));
        ConformanceTarget limited = body -> body.length > 32 * 1024 ? new TargetResponse(413, new byte[0]) : GOOD.post(body);
        for (ConformanceTarget target : List.of(unlimited, limited, GOOD)) {
            for (ProtocolVersion version : List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)) {
                RuleResult result = ConformanceRunner.runOne(oversize, version, target, ReferenceServers.config(), 1);
                assertThat(result.outcome()).as(result.line()).isEqualTo(RuleResult.Outcome.PASS);
            }
        }
        ConformanceTarget wrongAnswer = body -> body.length > 32 * 1024
                ? new TargetResponse(200, "{\"Result\":{\"ResultCode\":\"UnknownDevEUI\"}}".getBytes(StandardCharsets.UTF_8))
                : GOOD.post(body);
        RuleResult result = ConformanceRunner.runOne(oversize, ProtocolVersion.V1_0, wrongAnswer, ReferenceServers.config(), 1);
        assertThat(result.outcome()).isEqualTo(RuleResult.Outcome.FAIL);
        assertThat(result.detail()).endsWith("got HTTP 200 with ResultCode UnknownDevEUI");
    }

    @Test
    void a_rule_of_1_1_alone_is_not_applicable_in_1_0_never_a_pass() {
        Rule homeNsid = HomeNSConformance.rule("optional_home_nsid_in_1_1");
        assertThat(homeNsid.appliesTo(ProtocolVersion.V1_0)).isFalse();
        assertThat(homeNsid.versions()).containsExactly(ProtocolVersion.V1_1);
        // even against an endpoint that would fail it: nothing is sent
        ConformanceTarget refusing = body -> {
            throw new AssertionError("a rule that does not apply sends nothing");
        };
        RuleResult result = ConformanceRunner.runOne(homeNsid, ProtocolVersion.V1_0, refusing, ReferenceServers.config(), 1);
        assertThat(result.outcome()).isEqualTo(RuleResult.Outcome.NOT_APPLICABLE);
        assertThat(result.isSkipped()).isTrue();
        assertThat(result.line()).startsWith("N/A   1.0  optional_home_nsid_in_1_1 (§5.2): applies only to ProtocolVersion 1.1");

        ConformanceReport report = new ConformanceRunner(List.of(homeNsid)).run(GOOD, ReferenceServers.config());
        assertThat(report.summary()).isEqualTo("1 passed, 0 failed, 0 skipped, 1 not applicable");
        assertThat(report.withOutcome(RuleResult.Outcome.PASS)).extracting(RuleResult::version).containsExactly(ProtocolVersion.V1_1);
    }

    @Test
    void most_failures_sharing_a_cause_are_summarised_first() {
        SuiteConfig wrongSender = ReferenceServers.configBuilder().senderId(NetID.parse("000099")).build();
        ConformanceReport report = new ConformanceRunner().run(GOOD, wrongSender);

        assertThat(report.commonFailureCause()).isPresent();
        String cause = report.commonFailureCause().get();
        assertThat(cause).startsWith("most failures share one cause: in ").contains(" failing rules every answer was ResultCode UnknownSender: ")
                .contains("does not accept SenderID 000099 from this client");
        assertThat(report.summary().lines().findFirst()).hasValue(cause);
        assertThat(report.render().lines().findFirst()).hasValue(cause);
        assertThat(report.render().lines().reduce((a, b) -> b)).hasValueSatisfying(last -> assertThat(last).matches("\\d+ passed, \\d+ failed, .*"));
        // the header rules judge the header of the UnknownSender answers, and pass
        assertThat(report.withOutcome(RuleResult.Outcome.PASS)).extracting(r -> r.rule().name())
                .contains("required_ids_are_swapped", "required_transaction_id_is_returned", "required_tokens_are_returned");
    }

    @Test
    void failures_without_a_shared_cause_are_not_summarised() {
        ConformanceTarget lowercase = GOOD.mapResponses((q, r) -> new TargetResponse(r.status(),
                r.bodyText().replace("C00053", "c00053").getBytes(StandardCharsets.UTF_8)));
        ConformanceReport report = new ConformanceRunner().run(lowercase, ReferenceServers.config());
        assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).hasSize(2);
        assertThat(report.commonFailureCause()).isEmpty();
        assertThat(report.summary()).isEqualTo("47 passed, 2 failed, 0 skipped, 1 not applicable");
    }

    private static URI closedPort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Accepts connections, reads what arrives for a moment, and closes without answering. */
    private static void closeAfterReading(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(300);
                InputStream in = s.getInputStream();
                try {
                    in.readNBytes(8192);
                } catch (IOException timeout) {
                    // read what came; now close
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** A TLS context presenting a fresh self-signed certificate, which no default trust store trusts. */
    private static SSLContext selfSigned(Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("keytool.log"))).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return tls;
    }
}
