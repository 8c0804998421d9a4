/** Login against the application's user table (Jakarta Security) and password hashing. */
package cn.kesu.infrastructure.security;
