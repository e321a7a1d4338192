package io.lorawanbi.server.docs;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;


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
                .authorization(req.getHeader("Authorization"))
                .contentType(req.getContentType())
                .build();
        OutboundResponse out = server.handle(in); // or handleAsync(in) with req.startAsync()
        resp.setStatus(out.status());
        out.headers().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
        resp.getOutputStream().write(out.body());
    }
}
// end::servlet[]
