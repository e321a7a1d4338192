package com.example.homens;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.HomeNSOutcome;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices this Join Server knows: for each (JoinEUI, DevEUI), the NetID of the device's home
 * network and the NSID of its home Network Server. In memory and thread-safe; a real Join Server reads
 * the same facts from its database.
 */
public final class DeviceRegistry {

    private record Key(EUI64 joinEui, EUI64 devEui) {}

    private record Home(NetID netId, EUI64 nsId) {}

    private final Map<Key, Home> devices = new ConcurrentHashMap<>();

    /** Records (or replaces) where a device's home is. */
    public DeviceRegistry register(EUI64 joinEui, EUI64 devEui, NetID homeNetId, EUI64 homeNsId) {
        devices.put(new Key(joinEui, devEui), new Home(Objects.requireNonNull(homeNetId), Objects.requireNonNull(homeNsId)));
        return this;
    }

    /** The answer to "where is this device's home?": found, or unknown device. */
    public HomeNSOutcome lookUp(EUI64 joinEui, EUI64 devEui) {
        Home home = devices.get(new Key(joinEui, devEui));
        return home == null ? HomeNSOutcome.unknownDevice() : HomeNSOutcome.found(home.netId(), home.nsId());
    }
}
