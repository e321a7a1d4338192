package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.JoinEuiRange;
import java.util.List;
import java.util.Optional;

/**
 * The {@code answers} section: what the responder answers for, and the defaults of its answers.
 *
 * @param joinEuiRanges the JoinEUIs served, as ReceiverIDs ({@code 70B3D57ED0000000/36}, a range
 *     {@code FIRST-LAST} or one JoinEUI); when empty, the JoinEUIs of the device registry
 * @param homeNetId the home NetID of a device whose registry entry has none
 * @param homeNsid the HNSID of 1.1 answers for a device whose registry entry has none
 */
record AnswersConfig(List<JoinEuiRange> joinEuiRanges, Optional<NetID> homeNetId, Optional<EUI64> homeNsid) {

    static AnswersConfig defaults() {
        return new AnswersConfig(List.of(), Optional.empty(), Optional.empty());
    }

    static AnswersConfig read(ConfigNode n) {
        n.only("joinEuiRanges", "homeNetId", "homeNsid");
        return new AnswersConfig(
                n.parsedList("joinEuiRanges", "a JoinEUI prefix (70B3D57ED0000000/36), range (FIRST-LAST) or JoinEUI",
                        JoinEuiRange::parse),
                n.parsed("homeNetId", "a NetID of 6 hex digits", NetID::parse),
                n.parsed("homeNsid", "an EUI of 16 hex digits", EUI64::parse));
    }

    AnswersConfig withHomeNetId(NetID value) {
        return new AnswersConfig(joinEuiRanges, Optional.of(value), homeNsid);
    }

    AnswersConfig withHomeNsid(EUI64 value) {
        return new AnswersConfig(joinEuiRanges, homeNetId, Optional.of(value));
    }
}
