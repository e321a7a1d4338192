package io.lorawanbi.server.jdk;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterLoopbackContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;

/** A BiServer behind the JDK's HTTP server, spoken to over 127.0.0.1 with the JDK's HttpClient. */
class HttpLoopbackTest extends AdapterLoopbackContract {

    @Override
    protected RunningAdapter startHttp(BiServer server, InetSocketAddress address) {
        BiHttpServer http = BiHttpServer.http(server, address);
        return new RunningAdapter(http.uri(), http.address(), http::close);
    }
}
