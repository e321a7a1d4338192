package io.lorawanbi.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.ErrorNotif;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every HTTP adapter of a BiServer does, spoken to over 127.0.0.1 with the JDK's HttpClient: full
 * answers on every path, 405 for GET, 400 with a bare result for garbage and oversized bodies, posted
 * notifications acknowledged with an empty 200 and unauthenticated answers refused, and a
 * port freed on close. An adapter's test extends this class and starts its adapter in
 * {@link #startHttp(BiServer, InetSocketAddress)}.
 */
@Timeout(20)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterLoopbackContract {

    protected static final NetID HOME = NetID.parse("000013");
    protected static final EUI64 HOME_NS = EUI64.parse("70B3D57ED0001234");
    protected static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    protected static final BiCodec CODEC = BiCodec.standard();
    protected static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .build();

    /** The BiServer every adapter of this class serves. */
    protected BiServer server;
    /** The adapter started for the whole class, on 127.0.0.1 and a port the system chose. */
    protected RunningAdapter http;

    /**
     * Starts the adapter under test over plain HTTP for {@code server}, bound to {@code address}
     * (port 0: a port the system chooses).
     */
    protected abstract RunningAdapter startHttp(BiServer server, InetSocketAddress address);

    @BeforeAll
    public void startAdapter() {
        server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answersFor(Fixtures.JOIN_EUI)
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> req.devEui().equals(Fixtures.DEV_EUI)
                        ? HomeNSOutcome.found(HOME, HOME_NS) : HomeNSOutcome.unknownDevice()))
                .build();
        http = startHttp(server, new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    public void stopAdapter() {
        if (http != null) {
            http.close();
        }
    }

    protected static HomeNSReq request(ProtocolVersion v) {
        Header h = Fixtures.header(MessageType.HomeNSReq, v).toBuilder()
                .transactionId(3_000_000_123L)
                .senderToken(HexBytes.parse("0A0B0C"))
                .receiverToken(HexBytes.parse("0D"))
                .build();
        return new HomeNSReq(h, Fixtures.DEV_EUI);
    }

    protected static HttpResponse<byte[]> post(URI uri, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected static void assertFullAnswer(HttpResponse<byte[]> response, HomeNSReq request) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        Header q = request.header();
        Header a = answer.header();
        boolean v11 = ProtocolVersion.V1_1.equals(q.protocolVersion());
        assertThat(a.protocolVersion()).isEqualTo(q.protocolVersion());
        assertThat(a.messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThat(a.transactionId()).isEqualTo(3_000_000_123L);
        assertThat(a.senderId()).isEqualTo(Fixtures.JOIN_EUI);
        assertThat(a.receiverId()).isEqualTo(Fixtures.NET_ID);
        assertThat(a.senderToken()).isEqualTo(HexBytes.parse("0D"));
        assertThat(a.receiverToken()).isEqualTo(HexBytes.parse("0A0B0C"));
        assertThat(a.receiverNsid()).isEqualTo(v11 ? Fixtures.NSID : null);
        assertThat(a.senderNsid()).isNull();
        assertThat(a.vsExtension()).isNull();
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(answer.hNetId()).isEqualTo(HOME);
        assertThat(answer.hNsId()).isEqualTo(v11 ? HOME_NS : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    public void a_home_ns_request_is_answered_200_with_a_full_home_ns_answer(ProtocolVersion v) throws Exception {
        HomeNSReq request = request(v);
        assertFullAnswer(post(http.uri(), CODEC.encode(request), "application/json"), request);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/hns", "/a/b", "/a/b/?x=1"})
    public void every_path_is_served(String path) throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_1);
        assertFullAnswer(post(http.uri().resolve(path), CODEC.encode(request), "application/json"), request);
    }

    @Test
    public void a_content_type_with_a_charset_parameter_is_accepted() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_0);
        assertFullAnswer(post(http.uri(), CODEC.encode(request), "application/json; charset=utf-8"), request);
    }

    @Test
    public void a_missing_content_type_is_accepted() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_0);
        assertFullAnswer(post(http.uri(), CODEC.encode(request), null), request);
    }

    @Test
    public void get_is_refused_with_405_allowing_post() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(http.uri().resolve("/hns"))
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).isEmpty();
    }

    @Test
    public void a_body_larger_than_the_limit_gets_400_with_a_bare_result() throws Exception {
        String json = new String(CODEC.encode(request(ProtocolVersion.V1_0)), StandardCharsets.UTF_8);
        char[] padding = new char[server.maxBodyBytes()];
        Arrays.fill(padding, ' ');
        byte[] body = (json.substring(0, json.length() - 1) + new String(padding) + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(server.maxBodyBytes());

        HttpResponse<byte[]> response = post(http.uri(), body, "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertBareResult(response);
    }

    @Test
    public void a_body_exactly_at_the_limit_is_still_answered() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_0);
        String json = new String(CODEC.encode(request), StandardCharsets.UTF_8);
        char[] padding = new char[server.maxBodyBytes() - json.length()];
        Arrays.fill(padding, ' ');
        byte[] body = (json.substring(0, json.length() - 1) + new String(padding) + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isEqualTo(server.maxBodyBytes());

        assertFullAnswer(post(http.uri(), body, "application/json"), request);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"garbage", "{", "[1,2,3]", "{\"ProtocolVersion\":\"1.0\"}", ""})
    public void garbage_gets_400_with_a_bare_result(String body) throws Exception {
        HttpResponse<byte[]> response = post(http.uri(), body.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertBareResult(response);
    }

    @Test
    public void a_posted_notification_is_acknowledged_with_200_and_an_empty_body() throws Exception {
        ErrorNotif notif = Fixtures.errorNotif();
        notif = new ErrorNotif(notif.header().toBuilder().receiverId(Fixtures.JOIN_EUI).build(), notif.result());

        HttpResponse<byte[]> response = post(http.uri(), CODEC.encode(notif), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    public void a_posted_answer_from_an_unauthenticated_sender_gets_400_with_a_bare_unknownsender() throws Exception {
        HttpResponse<byte[]> response = post(http.uri(), CODEC.encode(Fixtures.xmitDataAns(ProtocolVersion.V1_1)),
                "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"ResultCode\":\"UnknownSender\",\"Description\":\"sender not authenticated as C00053\"}");
    }

    protected static void assertBareResult(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).matches("\\{\"ResultCode\":\"(MalformedRequest|MalformedMessage|Other)\",\"Description\":\"[^\"]+\"}");
    }

    @Test
    public void close_frees_the_port_for_a_second_server() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_1);
        int port;
        try (RunningAdapter first = startHttp(server, new InetSocketAddress("127.0.0.1", 0))) {
            port = first.address().getPort();
            assertThat(first.uri()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
            assertFullAnswer(post(first.uri(), CODEC.encode(request), "application/json"), request);
        }
        try (RunningAdapter second = startHttp(server, new InetSocketAddress("127.0.0.1", port))) {
            assertThat(second.address().getPort()).isEqualTo(port);
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(REQUEST_TIMEOUT).build();
            HttpResponse<byte[]> response = fresh.send(HttpRequest.newBuilder(second.uri()).timeout(REQUEST_TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(request))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertFullAnswer(response, request);
        }
    }
}
