/**
 * Department session beans: each public method is one action of the procedure, checked on the server
 * for role, step, recusal and version before anything changes.
 */
package cn.kesu.business;
