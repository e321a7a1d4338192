package io.lorawanbi.server.jetty;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterClientCertificateContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Timeout;

/** HTTPS with client certificates on Jetty. */
@Timeout(60)
class HttpsClientCertificateTest extends AdapterClientCertificateContract {

    @Override
    protected RunningAdapter startHttps(BiServer server, InetSocketAddress address, SSLContext tls,
            ClientAuth clientAuth) {
        BiJettyServer jetty = BiJettyServer.builder(server).address(address)
                .tls(tls, BiJettyServer.ClientAuth.valueOf(clientAuth.name())).start();
        return new RunningAdapter(jetty.uri(), jetty.address(), jetty::close);
    }
}
