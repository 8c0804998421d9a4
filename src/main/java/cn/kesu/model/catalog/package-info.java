/**
 * Coded catalogs maintained by the administrator (customers, abnormality types, cause codes,
 * responsible departments, suppliers): free text explains, codes count (SPEC section 2).
 */
package cn.kesu.model.catalog;
