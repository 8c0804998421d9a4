/**
 * The procedure's things: complaint slips, users and their departments, catalogs.
 * Entities here guard their own invariants; department session beans in {@code business} drive them.
 */
package cn.kesu.model;
