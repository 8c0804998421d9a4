/**
 * Reading the coded catalogs (everyone), resolving the codes a slip or a penalty refers to, and maintaining
 * them (the administrator).
 */
package cn.kesu.business.catalog;
