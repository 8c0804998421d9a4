package cn.kesu.model.complaint;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;

/** The identity a signature records, taken from the user after the password was verified. */
public record Signer(String username, String fullName, Role role, Department department) {
}
