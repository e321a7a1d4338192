package io.lorawanbi.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.lorawanbi.auth.jwt.testsupport.Claims;
import io.lorawanbi.auth.jwt.testsupport.LogCapture;
import io.lorawanbi.auth.jwt.testsupport.ServerTls;
import io.lorawanbi.auth.jwt.testsupport.SigningKey;
import io.lorawanbi.auth.jwt.testsupport.TestIssuer;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packet Broker-style tokens from a local issuer, end to end: HomeNSReq over HTTP and HTTPS to a
 * {@link BiServer} behind {@link BiHttpServer}. Only the valid tokens reach the handler; every bad one
 * is answered UnknownSender with its cause, and the handler calls are counted.
 */
@Timeout(120)
class PacketBrokerEndToEndTest {

    static final String ADDRESS = "https://hns.example.net:8886"; // the load balancer's public address
    static final NetID HOME = NetID.parse("000013");
    static final BiCodec CODEC = BiCodec.standard();

    static SigningKey ed25519;
    static SigningKey es256;
    static SigningKey rs256;
    static TestIssuer issuer;
    static PacketBrokerTokenVerifier verifier;
    static BiServer server;
    static final AtomicInteger handlerCalls = new AtomicInteger();
    static final AtomicReference<AuthenticatedPeer> lastPeer = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        ed25519 = SigningKey.ed25519("pb-ed");
        es256 = SigningKey.es256("pb-ec");
        rs256 = SigningKey.rs256("pb-rsa");
        issuer = TestIssuer.start(ed25519, es256, rs256);
        verifier = PacketBrokerTokenVerifier.builder().issuer(issuer.issuer()).publicAddress(ADDRESS).build();
        server = BiServer.builder()
                .authenticator(verifier.authenticator())
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> {
                    handlerCalls.incrementAndGet();
                    lastPeer.set(context.peer());
                    return HomeNSOutcome.found(HOME);
                }))
                .build();
    }

    @AfterAll
    static void stop() {
        verifier.close();
        issuer.close();
    }

    static byte[] homeNsReq(PartyID senderId) {
        HomeNSReq template = Fixtures.homeNSReq(ProtocolVersion.V1_1);
        return CODEC.encode(new HomeNSReq(template.header().toBuilder().senderId(senderId).build(), template.devEui()));
    }

    static HomeNSAns post(HttpClient client, URI endpoint, String authorization, byte[] body) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return CODEC.decode(response.body(), HomeNSAns.class);
    }

    /** Every bad token of the list, with the cause its answer must name. */
    static Map<String, String> badTokens() throws Exception {
        Instant now = Instant.now();
        String iss = issuer.issuer();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put(ed25519.sign(Claims.cluster("https://iam.example.org", ADDRESS, now).build()), "wrong issuer");
        bad.put(ed25519.sign(Claims.cluster(iss, "https://hns.example.net:8887", now).build()), "wrong audience");
        bad.put(es256.sign(Claims.cluster(iss, ADDRESS + "/", now).build()), "wrong audience");
        bad.put(rs256.sign(Claims.cluster(iss, ADDRESS, now).expirationTime(Date.from(now.minusSeconds(120))).build()),
                "token expired");
        bad.put(ed25519.sign(Claims.cluster(iss, ADDRESS, now).expirationTime(null).build()), "token has no expiry");
        bad.put(new PlainJWT(Claims.cluster(iss, ADDRESS, now).build()).serialize(), "algorithm not allowed: none");
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(rs256.kid())
                .type(JOSEObjectType.JWT).build(), Claims.cluster(iss, ADDRESS, now).build());
        confused.sign(new MACSigner(((RSAKey) rs256.publicJwk()).toRSAPublicKey().getEncoded()));
        bad.put(confused.serialize(), "algorithm not allowed: HS256");
        bad.put(ed25519.sign(Claims.network(iss, ADDRESS, now).build()), "network token, not a cluster token");
        bad.put(SigningKey.ed25519("not-published").sign(Claims.cluster(iss, ADDRESS, now).build()), "unknown key");
        bad.put(SigningKey.ed25519(ed25519.kid()).sign(Claims.cluster(iss, ADDRESS, now).build()), "bad signature");
        bad.put("not-a-jwt", "malformed token");
        return bad;
    }

    void runScenario(HttpClient client, URI endpoint) throws Exception {
        int before = handlerCalls.get();
        Instant now = Instant.now();
        int valid = 0;
        for (SigningKey key : List.of(ed25519, es256, rs256)) {
            String scheme = List.of("Bearer ", "bearer ", "BEARER ").get(valid);
            HomeNSAns answer = post(client, endpoint, scheme + key.sign(Claims.cluster(issuer.issuer(), ADDRESS, now).build()),
                    homeNsReq(NetID.of(0)));
            assertThat(answer.result().resultCode()).as(key.algorithm().getName()).isEqualTo(ResultCode.Success);
            assertThat(answer.hNetId()).isEqualTo(HOME);
            assertThat(lastPeer.get().id()).isEqualTo(NetID.of(0));
            assertThat(lastPeer.get().mechanism()).isEqualTo(AuthenticatedPeer.Mechanism.BEARER_TOKEN);
            assertThat(lastPeer.get().addresses()).containsExactly(Claims.CLUSTER);
            valid++;
        }
        Map<String, String> badTokens = badTokens();
        try (LogCapture log = LogCapture.install()) {
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                HomeNSAns answer = post(client, endpoint, "Bearer " + bad.getKey(), homeNsReq(NetID.of(0)));
                assertThat(answer.result().resultCode()).as(bad.getValue()).isEqualTo(ResultCode.UnknownSender);
                assertThat(answer.result().description())
                        .isEqualTo("sender not authenticated as 000000: " + bad.getValue())
                        .doesNotContain(bad.getKey());
            }
            for (String token : badTokens.keySet()) {
                String signature = token.substring(token.lastIndexOf('.') + 1);
                assertThat(log.records()).noneMatch(r -> r.contains(token)
                        || (signature.length() > 8 && r.contains(signature)));
            }
        }
        // a valid cluster token, but the request claims another SenderID than the roaming hub's
        String good = ed25519.sign(Claims.cluster(issuer.issuer(), ADDRESS, now).build());
        HomeNSAns other = post(client, endpoint, "Bearer " + good, homeNsReq(HOME));
        assertThat(other.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(other.result().description()).isEqualTo("sender not authenticated as 000013: credential authenticates 000000");

        assertThat(handlerCalls.get() - before).isEqualTo(valid);
    }

    @Test
    void over_http_behind_a_load_balancer_only_valid_cluster_tokens_reach_the_handler() throws Exception {
        try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
            runScenario(HttpClient.newHttpClient(), http.uri());
        }
    }

    @Test
    void over_https_only_valid_cluster_tokens_reach_the_handler(@TempDir Path dir) throws Exception {
        ServerTls tls = ServerTls.generate(dir);
        try (BiHttpServer https = BiHttpServer.https(server, new InetSocketAddress("127.0.0.1", 0), tls.server(),
                BiHttpServer.ClientAuth.NONE)) {
            assertThat(https.uri().getScheme()).isEqualTo("https");
            runScenario(HttpClient.newBuilder().sslContext(tls.client()).build(), https.uri());
        }
    }
}
