/**
 * 接口客户端: the machines (call centre, CRM, customer portal) that file and read complaints through the REST
 * API, each with its scopes and a hashed secret, and what they asked.
 */
package cn.kesu.model.api;
