/**
 * The REST API (Jakarta REST) for machines: call centres, CRMs and customer portals file slips and read cases
 * without the screens. Like the screens it is thin: the department beans apply the rules, the client acting through
 * the role of its scope. Refusals are {@code application/problem+json} (RFC 9457) with the screens' texts in the
 * caller's language; every call is logged with its client. The OpenAPI document is the server's ({@code /openapi}).
 */
package cn.kesu.api;
