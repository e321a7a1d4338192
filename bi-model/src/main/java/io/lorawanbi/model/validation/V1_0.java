package io.lorawanbi.model.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group of Backend Interfaces 1.0 (TS002-1.0.0). Validating with it applies the rules
 * common to both versions ({@link Default}) and those proper to 1.0, chiefly that no 1.1-only member
 * (SenderNSID, ReceiverNSID, HNSID) is present. {@link BiGroups#of(io.lorawanbi.model.ProtocolVersion)}
 * picks it for a message.
 */
public interface V1_0 extends Default {}
