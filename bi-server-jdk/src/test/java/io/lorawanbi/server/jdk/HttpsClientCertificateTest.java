package io.lorawanbi.server.jdk;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterClientCertificateContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;

/** HTTPS with client certificates on the JDK's HTTP server. */
class HttpsClientCertificateTest extends AdapterClientCertificateContract {

    @Override
    protected RunningAdapter startHttps(BiServer server, InetSocketAddress address, SSLContext tls,
            ClientAuth clientAuth) {
        BiHttpServer https = BiHttpServer.https(server, address, tls, BiHttpServer.ClientAuth.valueOf(clientAuth.name()));
        return new RunningAdapter(https.uri(), https.address(), https::close);
    }
}
