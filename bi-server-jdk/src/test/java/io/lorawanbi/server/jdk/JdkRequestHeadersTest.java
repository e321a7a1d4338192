package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDK adapter hands every request header and the immediate peer to the authenticator. */
@Timeout(30)
class JdkRequestHeadersTest {

    @Test
    void every_header_and_the_peer_address_reach_the_authenticator() throws Exception {
        AtomicReference<InboundRequest> seen = new AtomicReference<>();
        BiServer server = BiServer.builder().authenticator((request, header) -> {
            seen.set(request);
            return Optional.empty();
        }).build();
        try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
            byte[] body = BiCodec.standard().encode(new HomeNSReq(
                    Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1), Fixtures.DEV_EUI));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.uri())
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Authorization", "Bearer abc")
                    .header("X-Forwarded-Client-Cert", "Hash=1")
                    .header("x-forwarded-client-cert", "Hash=2")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
        InboundRequest request = seen.get();
        assertThat(request.headers().all("X-FORWARDED-CLIENT-CERT")).containsExactly("Hash=1", "Hash=2");
        assertThat(request.authorization()).hasValue("Bearer abc");
        assertThat(request.contentType()).hasValue("application/json; charset=utf-8");
        assertThat(request.remoteAddress()).hasValueSatisfying(a ->
                assertThat(a.getAddress().getHostAddress()).isEqualTo("127.0.0.1"));
        assertThat(request.toString()).doesNotContain("abc");
    }
}
