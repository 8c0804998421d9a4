package cn.kesu.infrastructure.security;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login on our own page against the application's user table. Only enabled users are found by
 * the caller query, so disabling a user locks them out at the next login.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/KesuDS",
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordPolicy.ALGORITHM, PasswordPolicy.ITERATIONS_PARAMETER, PasswordPolicy.SALT_BYTES, PasswordPolicy.KEY_BYTES})
@DeclareRoles({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
