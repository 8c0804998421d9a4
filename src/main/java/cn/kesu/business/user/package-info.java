/** Administration of users and their roles (用户管理), and the signed-in user's own preferences. */
package cn.kesu.business.user;
