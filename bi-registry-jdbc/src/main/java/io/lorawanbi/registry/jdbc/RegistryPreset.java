package io.lorawanbi.registry.jdbc;

/**
 * Ready lookup queries for the device registries operators run, so that an operator answers HomeNSReq
 * from the database it already has without writing SQL. Neither registry stores a home NetID per device:
 * every device it holds is at home on the network that runs it, so each preset answers "known device"
 * and the handler's configured home NetID (and home NSID, if set) completes the answer; the handler
 * refuses to build a preset without a home NetID. Each preset reads only, from one table, by an indexed
 * key: grant the handler's database user {@code SELECT} on that table alone.
 *
 * <p>The schemas are those of the projects' public sources, cited on each constant (repository, path,
 * commit). docs/registry.md explains how to set each up.
 */
public enum RegistryPreset {

    /**
     * ChirpStack v4 (PostgreSQL): the device is in table {@code device}, keyed by {@code dev_eui bytea}
     * (primary key), whatever its JoinEUI, as ChirpStack itself finds a device when a join-request
     * arrives.
     *
     * <p>Answers: every device of the ChirpStack instance, by DevEUI. Cannot answer: a home NetID or NSID
     * per device (none stored); whether the device is disabled ({@code is_disabled} is not consulted: the
     * device is still registered here, and ChirpStack refuses a disabled device's join itself).
     *
     * <p>Source: chirpstack/chirpstack, {@code chirpstack/migrations_postgres/00000000000000_initial/up.sql}
     * (commit 595cdbf1acb3f523076c32404488337bb1727e53), table {@code device}.
     */
    CHIRPSTACK_V4(LookupQuery.of("SELECT 1 FROM device WHERE dev_eui = :dev_eui", EuiEncoding.BYTES)),

    /**
     * ChirpStack v4 (PostgreSQL), also matching the JoinEUI: the device's {@code join_eui bytea} equals the
     * request's JoinEUI, or is all zero (not configured and the device has not joined yet). ChirpStack
     * writes the JoinEUI of every accepted join-request into {@code join_eui}, so a device that joined
     * under one JoinEUI is not found under another.
     *
     * <p>Answers: devices whose stored JoinEUI is the request's or unset. Cannot answer: a home NetID or
     * NSID per device; a device re-provisioned under a new JoinEUI before its next join (use
     * {@link #CHIRPSTACK_V4}). Needs a schema with {@code device.join_eui}: added by migration
     * {@code 2023-02-16-091535_add_relay_support}.
     *
     * <p>Source: chirpstack/chirpstack, {@code chirpstack/migrations/2023-02-16-091535_add_relay_support/up.sql}
     * (commit cefe61072d78012366cb313e9bda9744bbc549dd; the directory is {@code migrations_postgres} in
     * later releases); {@code set_join_eui} in {@code chirpstack/src/uplink/join.rs} (commit
     * 050610de5567a0fa81001ec07613036a79d6c5b7).
     */
    CHIRPSTACK_V4_JOIN_EUI(LookupQuery.of("SELECT 1 FROM device WHERE dev_eui = :dev_eui"
            + " AND (join_eui = :join_eui OR join_eui = decode('0000000000000000', 'hex'))", EuiEncoding.BYTES)),

    /**
     * The Things Stack v3 Identity Server (PostgreSQL): the device is in table {@code end_devices}, whose
     * {@code join_eui} and {@code dev_eui} are {@code character varying(16)} holding 16 uppercase hex
     * digits, unique together.
     *
     * <p>Answers: every end device registered in the Identity Server under the request's (JoinEUI,
     * DevEUI). Cannot answer: a home NetID or NSID per device; devices without a JoinEUI (ABP); which
     * cluster's Network Server serves the device ({@code network_server_address} is not consulted: in a
     * multi-cluster deployment, answer per cluster with a custom query). The Join Server's and Network
     * Server's registries are not in PostgreSQL and are not read.
     *
     * <p>Source: TheThingsNetwork/lorawan-stack,
     * {@code pkg/identityserver/store/migrations/20220520000000_v3_20.init.sql} (commit
     * 259f9173aa329892f8899119d966f76227c3f6bb), table {@code end_devices}; the EUIs are written as
     * {@code types.EUI64.String()}, uppercase hex ({@code pkg/identityserver/bunstore/end_device_store.go},
     * commit 02c0335e46bd5748d1e3b78a56e1a45867b798bd; {@code pkg/types/eui.go}).
     */
    THE_THINGS_STACK(LookupQuery.of("SELECT 1 FROM end_devices WHERE join_eui = :join_eui AND dev_eui = :dev_eui",
            EuiEncoding.HEX_UPPER));

    private final LookupQuery query;

    RegistryPreset(LookupQuery query) {
        this.query = query;
    }

    /** The preset's lookup query. */
    public LookupQuery query() {
        return query;
    }
}
