/**
 * Bearer-token verification for {@code BiServer}: Packet Broker cluster tokens and other JWT issuers,
 * with keys from the issuer's JWKS endpoint, built on Nimbus JOSE+JWT.
 */
module io.lorawanbi.auth.jwt {
    requires transitive io.lorawanbi.server;
    requires com.nimbusds.jose.jwt;
    requires static org.jspecify;

    exports io.lorawanbi.auth.jwt;
}
