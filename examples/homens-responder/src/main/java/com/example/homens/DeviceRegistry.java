package com.example.homens;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.NetId;
import io.lorawanbi.server.HomeNsOutcome;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices this Join Server knows: for each (JoinEUI, DevEUI), the NetID of the device's home
 * network and the NSID of its home Network Server. In memory and thread-safe; a real Join Server reads
 * the same facts from its database.
 */
public final class DeviceRegistry {

    private record Key(Eui64 joinEui, Eui64 devEui) {}

    private record Home(NetId netId, Eui64 nsId) {}

    private final Map<Key, Home> devices = new ConcurrentHashMap<>();

    /** Records (or replaces) where a device's home is. */
    public DeviceRegistry register(Eui64 joinEui, Eui64 devEui, NetId homeNetId, Eui64 homeNsId) {
        devices.put(new Key(joinEui, devEui), new Home(Objects.requireNonNull(homeNetId), Objects.requireNonNull(homeNsId)));
        return this;
    }

    /** The answer to "where is this device's home?": found, or unknown device. */
    public HomeNsOutcome lookUp(Eui64 joinEui, Eui64 devEui) {
        Home home = devices.get(new Key(joinEui, devEui));
        return home == null ? HomeNsOutcome.unknownDevice() : HomeNsOutcome.found(home.netId(), home.nsId());
    }
}
