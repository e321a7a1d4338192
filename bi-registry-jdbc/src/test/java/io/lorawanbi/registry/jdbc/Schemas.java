package io.lorawanbi.registry.jdbc;

/**
 * Tables shaped like the registries' own, for the presets' tests: the columns and types of the public
 * schemas cited on {@link RegistryPreset}, without the foreign keys to tables the lookups never read.
 */
final class Schemas {

    private Schemas() {}

    /**
     * ChirpStack v4's {@code device}: migrations_postgres/00000000000000_initial/up.sql, plus
     * {@code join_eui} (2023-02-16-091535_add_relay_support) and the columns of
     * 2024-02-07-083424_add_device_session_to_device.
     */
    static final String CHIRPSTACK_DEVICE = """
            create table device (
                dev_eui bytea primary key,
                application_id uuid not null,
                device_profile_id uuid not null,
                created_at timestamp with time zone not null,
                updated_at timestamp with time zone not null,
                last_seen_at timestamp with time zone,
                scheduler_run_after timestamp with time zone null,
                name varchar(100) not null,
                description text not null,
                external_power_source boolean not null,
                battery_level numeric(5, 2),
                margin int,
                dr smallint,
                latitude double precision,
                longitude double precision,
                altitude real,
                dev_addr bytea,
                enabled_class char(1) not null,
                skip_fcnt_check boolean not null,
                is_disabled boolean not null,
                tags jsonb not null,
                variables jsonb not null,
                join_eui bytea not null,
                secondary_dev_addr bytea,
                device_session bytea
            )""";

    /** A ChirpStack device row. */
    static String chirpstackDevice(String devEuiHex, String joinEuiHex, String name) {
        return "insert into device (dev_eui, application_id, device_profile_id, created_at, updated_at, name,"
                + " description, external_power_source, enabled_class, skip_fcnt_check, is_disabled, tags,"
                + " variables, join_eui) values (decode('" + devEuiHex + "', 'hex'), gen_random_uuid(),"
                + " gen_random_uuid(), now(), now(), '" + name + "', '', false, 'A', false, false, '{}', '{}',"
                + " decode('" + joinEuiHex + "', 'hex'))";
    }

    /** The Things Stack's Identity Server {@code end_devices}: migrations/20220520000000_v3_20.init.sql. */
    static final String TTS_END_DEVICES = """
            create table end_devices (
              id uuid primary key default gen_random_uuid() not null,
              created_at timestamp with time zone not null,
              updated_at timestamp with time zone not null,
              application_id character varying(36) not null,
              device_id character varying(36) not null,
              name character varying,
              description text,
              join_eui character varying(16),
              dev_eui character varying(16),
              brand_id character varying,
              model_id character varying,
              hardware_version character varying,
              firmware_version character varying,
              band_id character varying,
              network_server_address character varying,
              application_server_address character varying,
              join_server_address character varying,
              service_profile_id character varying,
              picture_id uuid,
              activated_at timestamp with time zone,
              last_seen_at timestamp with time zone
            );
            create unique index end_device_eui_index on end_devices using btree (join_eui, dev_eui)""";

    /** A The Things Stack end device row; EUIs as the Identity Server writes them (uppercase hex). */
    static String ttsEndDevice(String application, String device, String joinEui, String devEui) {
        return "insert into end_devices (created_at, updated_at, application_id, device_id, join_eui, dev_eui)"
                + " values (now(), now(), '" + application + "', '" + device + "', '" + joinEui + "', '" + devEui + "')";
    }
}
