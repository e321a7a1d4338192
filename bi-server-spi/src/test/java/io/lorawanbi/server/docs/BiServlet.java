package io.lorawanbi.server.docs;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.RequestHeaders;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


// tag::servlet[]
public class BiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BiServer server;

    public BiServlet(BiServer server) {
        this.server = server;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        X509Certificate[] chain = (X509Certificate[]) req.getAttribute("jakarta.servlet.request.X509Certificate");
        InboundRequest in = InboundRequest.builder(req.getInputStream().readNBytes(server.maxBodyBytes() + 1))
                .peerCertificates(chain == null ? List.of() : List.of(chain))
                .headers(headers(req)) // Authorization, Content-Type, a proxy's forwarded certificate, ...
                .remoteAddress(new InetSocketAddress(req.getRemoteAddr(), req.getRemotePort())) // the immediate peer
                .build();
        OutboundResponse out = server.handle(in); // or handleAsync(in) with req.startAsync()
        resp.setStatus(out.status());
        out.headers().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
        resp.getOutputStream().write(out.body());
    }

    private static RequestHeaders headers(HttpServletRequest req) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            map.put(name, Collections.list(req.getHeaders(name)));
        }
        return RequestHeaders.of(map);
    }
}
// end::servlet[]
