package io.lorawanbi.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.conformance.ConformanceReport;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.conformance.RuleResult;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * The live-endpoint example of docs/testkit.md, run against the library's own server over HTTP on the
 * loopback interface. The server accepts a request only with the bearer token; the example's client
 * key store is empty here, since a plain HTTP endpoint does not ask for a certificate.
 */
class LiveEndpointExampleTest {

    private static final String TOKEN = "test-token-1";

    private static BiServer serverRequiringTheToken() {
        SenderAuthenticator senders = SenderAuthenticator.insecureSenderAllowList(Set.of(ReferenceServers.SENDER));
        return BiServer.builder()
                .authenticator((request, header) -> request.authorization().filter(("Bearer " + TOKEN)::equals).isPresent()
                        ? senders.authenticate(request, header) : Optional.empty())
                .answersFor(ReferenceServers.JOIN_EUI)
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> request.devEui().equals(ReferenceServers.KNOWN)
                        ? HomeNSOutcome.found(ReferenceServers.HOME, ReferenceServers.HOME_NS) : HomeNSOutcome.unknownDevice()))
                .build();
    }

    @Test
    void a_live_endpoint_passes_every_rule_over_http_with_the_bearer_token() throws Exception {
        KeyStore clientKeys = KeyStore.getInstance("PKCS12");
        clientKeys.load(null, null);
        char[] password = new char[0];
        String token = TOKEN;
        SuiteConfig config = ReferenceServers.config();
        try (BiHttpServer http = BiHttpServer.http(serverRequiringTheToken(), new InetSocketAddress("127.0.0.1", 0))) {
            URI endpoint = http.uri();
            // tag::http[]
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(clientKeys, password); // a key store holding the client certificate and its private key
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null); // null: trust the JDK's default CAs
            HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();

            ConformanceTarget target = ConformanceTarget.http(endpoint, client, "Bearer " + token);
            ConformanceReport report = new ConformanceRunner().run(target, config);
            // end::http[]
            assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).as(report.render()).isEmpty();
            assertThat(report.withOutcome(RuleResult.Outcome.PASS)).hasSize(report.results().size());
        }
    }

    @Test
    void without_the_token_the_same_endpoint_fails_the_rules_that_need_an_answer() {
        try (BiHttpServer http = BiHttpServer.http(serverRequiringTheToken(), new InetSocketAddress("127.0.0.1", 0))) {
            ConformanceTarget target = ConformanceTarget.http(http.uri(), HttpClient.newHttpClient(), null);
            ConformanceReport report = new ConformanceRunner().run(target, ReferenceServers.config());
            assertThat(report.requiredRulesPassed()).isFalse();
            assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).extracting(r -> r.rule().name())
                    .contains("required_known_device_gets_its_home_netid");
        }
    }
}
