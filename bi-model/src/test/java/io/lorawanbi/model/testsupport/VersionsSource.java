package io.lorawanbi.model.testsupport;

import io.lorawanbi.model.ProtocolVersion;
import java.util.stream.Stream;

/** The supported protocol versions, for {@code @MethodSource}. */
public final class VersionsSource {

    private VersionsSource() {}

    public static Stream<ProtocolVersion> versions() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1);
    }
}
