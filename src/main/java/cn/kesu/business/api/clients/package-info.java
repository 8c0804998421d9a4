/**
 * 接口客户端: the administrator's API clients, their tokens (shown once, stored hashed) and the log of their calls.
 * Apart from the intake and reading in {@code cn.kesu.business.api}, so that the sign-in can check a token without
 * depending on the department beans.
 */
package cn.kesu.business.api.clients;
