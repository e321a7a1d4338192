/**
 * Answers HomeNSReq from a device registry in a relational database: {@link JdbcHomeNSHandler}, its
 * {@link LookupQuery} and the ready {@link RegistryPreset}s (docs/registry.md).
 */
package io.lorawanbi.registry.jdbc;
