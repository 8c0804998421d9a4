package cn.kesu.infrastructure.security;

import cn.kesu.model.user.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. People sign in on our own form page against the application's user table
 * ({@link FormSignIn}, checked by {@link UserDirectory}: lockout, equal refusals); machines call the REST API with
 * a bearer token ({@link ApiClientSignIn}); {@link SignInMechanism} sends each request to the one it is for.
 * Sessions of disabled users end at their next request ({@code AccountGate}).
 */
@DeclareRoles({Roles.BUSINESS, Roles.BUSINESS_MANAGER, Roles.QA, Roles.QA_MANAGER, Roles.PRODUCTION,
        Roles.PRODUCTION_MANAGER, Roles.RND, Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.WAREHOUSE,
        Roles.ACCOUNTING, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
