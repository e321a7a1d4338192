package io.lorawanbi.model.object;

import io.lorawanbi.model.AlwaysEmitted;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.AtLeastOneOf;
import io.lorawanbi.model.validation.PresentWith;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of a downlink (TS002 §3.3 "DLMetaData"): at least one receive window's frequency, each with
 * its data rate, and the gateways that may send it. Frequencies are in MHz; RXDelay1 in seconds.
 *
 * <p>Immutable and thread-safe; rules are checked by validation.
 *
 * @param devEui {@code DevEUI}: the device (optional)
 * @param fPort {@code FPort}: the frame port (optional)
 * @param fCntDown {@code FCntDown}: the downlink frame counter (optional)
 * @param confirmed {@code Confirmed}: whether the downlink is confirmed (optional)
 * @param dlFreq1 {@code DLFreq1}: the RX1 frequency in MHz (optional)
 * @param dlFreq2 {@code DLFreq2}: the RX2 frequency in MHz (optional)
 * @param rxDelay1 {@code RXDelay1}: the RX1 delay in seconds (optional)
 * @param classMode {@code ClassMode}: the device class used for the downlink (optional)
 * @param dataRate1 {@code DataRate1}: the RX1 data-rate index; required with DLFreq1
 * @param dataRate2 {@code DataRate2}: the RX2 data-rate index; required with DLFreq2
 * @param fnsUlToken {@code FNSULToken}: the forwarder's token from ULMetaData, verbatim (optional)
 * @param gwInfo {@code GWInfo}: the gateways that may send the downlink (empty when absent)
 * @param hiPriorityFlag {@code HiPriorityFlag}: whether the downlink has high priority (optional)
 */
@AtLeastOneOf({"dlFreq1", "dlFreq2"})
@PresentWith(when = "dlFreq1", then = "dataRate1")
@PresentWith(when = "dlFreq2", then = "dataRate2")
public record DLMetaData(
        @WireName("DevEUI") @Nullable EUI64 devEui,
        @WireName("FPort") @Min(0) @Max(255) @Nullable Integer fPort,
        @WireName("FCntDown") @Min(0) @Max(4294967295L) @Nullable Long fCntDown,
        @WireName("Confirmed") @Nullable Boolean confirmed,
        @WireName("DLFreq1") @PositiveOrZero @Nullable Double dlFreq1,
        @WireName("DLFreq2") @PositiveOrZero @Nullable Double dlFreq2,
        @WireName("RXDelay1") @Min(0) @Max(15) @Nullable Integer rxDelay1,
        @WireName("ClassMode") @Nullable ClassMode classMode,
        @WireName("DataRate1") @Min(0) @Max(15) @Nullable Integer dataRate1,
        @WireName("DataRate2") @Min(0) @Max(15) @Nullable Integer dataRate2,
        @WireName("FNSULToken") @Nullable String fnsUlToken,
        @WireName("GWInfo") @AlwaysEmitted List<@Valid GWInfoElement> gwInfo,
        @WireName("HiPriorityFlag") @Nullable Boolean hiPriorityFlag) {

    /** Copies the lists; {@code null} stands for an empty list. */
    public DLMetaData {
        gwInfo = gwInfo == null ? List.of() : List.copyOf(gwInfo);
    }
}
