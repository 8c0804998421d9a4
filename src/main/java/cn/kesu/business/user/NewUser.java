package cn.kesu.business.user;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,49}", message = "{user.username.pattern}") String username,
        @NotBlank @Size(max = 100) String fullName,
        @NotNull Department department,
        @NotEmpty Set<Role> roles,
        @Email @Size(max = 200) String email,
        /** Checked against the password rules by {@link UserAdministration#createUser}; none for a directory account. */
        String initialPassword,
        /** 目录账号: signs in with the company directory's password and has none here. */
        boolean directoryAccount) {

    /** A local account with the initial password the administrator hands over. */
    public NewUser(String username, String fullName, Department department, Set<Role> roles, String email,
                   String initialPassword) {
        this(username, fullName, department, roles, email, initialPassword, false);
    }
}
