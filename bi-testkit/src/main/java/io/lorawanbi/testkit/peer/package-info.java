/**
 * A scripted Backend Interfaces peer for testing the requesting side (docs/reference.md §1.2–§1.3):
 * {@link io.lorawanbi.testkit.peer.FakeBiPeer} answers each request with an enqueued
 * {@link io.lorawanbi.testkit.peer.Reply}, as real peers do (HTTP 200 answers, brocaar's HTTP 400
 * answers and bare Results, empty acknowledgements, delays), records it as a
 * {@link io.lorawanbi.testkit.peer.RecordedRequest}, and can post answers back asynchronously.
 */
@NullMarked
package io.lorawanbi.testkit.peer;

import org.jspecify.annotations.NullMarked;
