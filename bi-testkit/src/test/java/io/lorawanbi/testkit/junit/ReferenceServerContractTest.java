package io.lorawanbi.testkit.junit;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.Feature;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.conformance.SuiteConfig;

/** The contract, used as a build uses it, against the library's own server in process: every rule passes. */
// tag::contract[]
class ReferenceServerContractTest extends HomeNSConformanceContract {

    @Override
    protected ConformanceTarget target() {
        return ConformanceTarget.inProcess(ReferenceServers.server());
    }

    @Override
    protected SuiteConfig config() {
        return SuiteConfig.builder()
                .senderId(NetID.parse("000013")) // the NetID the suite sends as; the endpoint accepts it
                .joinEui(EUI64.parse("70B3D57ED0000000")) // a JoinEUI the endpoint serves
                .knownDevEui(EUI64.parse("0102030405060708")) // a device it knows under that JoinEUI
                .features(Feature.SENDER_AUTHENTICATION, Feature.RECEIVER_CHECK, Feature.HOME_NSID)
                .build();
    }
}
// end::contract[]
