/** Reading and (for the administrator) changing the configurable numbers of the procedure. */
package cn.kesu.business.settings;
