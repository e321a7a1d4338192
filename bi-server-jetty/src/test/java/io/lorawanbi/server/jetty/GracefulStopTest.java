package io.lorawanbi.server.jetty;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterGracefulStopContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;
import java.time.Duration;

/** The Jetty adapter's stop: exchanges in progress finish, bounded by the stop timeout. */
class GracefulStopTest extends AdapterGracefulStopContract {

    @Override
    protected RunningAdapter start(BiServer server, InetSocketAddress address, Duration grace) {
        BiJettyServer jetty = BiJettyServer.builder(server).address(address).stopTimeout(grace).start();
        return new RunningAdapter(jetty.uri(), jetty.address(), jetty::close);
    }
}
