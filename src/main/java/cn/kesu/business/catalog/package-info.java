/** Reading the coded catalogs (everyone) and maintaining them (the administrator). */
package cn.kesu.business.catalog;
