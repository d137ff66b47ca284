/** The HTTP API, its OpenAPI document and the web dashboard over an event store. */
package org.attache.server;
