/**
 * JSF backing beans, one thin bean per page in a package mirroring the page's folder: each action
 * calls one department bean, then shows a message or redirects.
 */
package cn.kesu.view;
