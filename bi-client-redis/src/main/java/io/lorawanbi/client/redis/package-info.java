/** Placeholder package; see the module description. */
package io.lorawanbi.client.redis;
