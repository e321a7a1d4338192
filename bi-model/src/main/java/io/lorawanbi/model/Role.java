package io.lorawanbi.model;

/**
 * The role of a Backend Interfaces party, which decides the form of its SenderID or ReceiverID
 * (TS002 §2.2 "ID kinds by direction").
 */
public enum Role {
    /** A Network Server (hNS, sNS, fNS, visited NS): identified by its {@link NetID}. */
    NETWORK_SERVER,
    /** A Join Server: identified by a JoinEUI ({@link EUI64}). */
    JOIN_SERVER,
    /** An Application Server: identified by free text, for example an FQDN ({@link ASID}). */
    APPLICATION_SERVER,
    /**
     * Any role: used where the specification does not fix the peer (ErrorNotif). An identifier is
     * then read by its form: 3 bytes of hex as a NetID, 8 bytes as a JoinEUI, anything else as text.
     */
    ANY
}
