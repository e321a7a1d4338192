package io.lorawanbi.auth.jwt.testsupport;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Claims of Packet Broker-style tokens, relative to a given time. */
public final class Claims {

    public static final String NAMESPACE = "https://iam.packetbroker.net/claims";
    public static final String CLUSTER = "eu1.cloud.thethings.industries";

    private Claims() {}

    /** A cluster token's claims: valid from a minute before {@code now} for five minutes. */
    public static JWTClaimsSet.Builder cluster(String issuer, String audience, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(CLUSTER)
                .issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim(NAMESPACE, Map.of("c", true));
    }

    /** A network token's claims: the namespace names a NetID and tenant instead of a cluster. */
    public static JWTClaimsSet.Builder network(String issuer, String audience, Instant now) {
        return cluster(issuer, audience, now)
                .subject("000013/ttn")
                .claim(NAMESPACE, Map.of("ns", List.of(Map.of("nid", 19, "tid", "ttn"))));
    }
}
