/**
 * Users of 客诉, their department (部门) and roles (角色) as SPEC section 1 defines them.
 */
package cn.kesu.model.user;
