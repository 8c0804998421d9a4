package cn.kesu.infrastructure.security;

import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 目录组映射: which roles the company directory's groups give, from the setting
 * {@code kesu.directory.roles} ({@code "group=role,role;group=role"}, directory.cli). Empty when the
 * application keeps each directory account's roles itself. The administrator's role is never given by a
 * group: the administrator signs in with a local account.
 */
public record DirectoryRoles(Map<String, List<Role>> byGroup) {

    /** The system property directory.cli defines; read at every sign-in, so a change needs no restart. */
    public static final String PROPERTY = "kesu.directory.roles";

    public DirectoryRoles {
        byGroup = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
    }

    /** The mapping the server is configured with now. */
    public static DirectoryRoles configured() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    /**
     * Reads {@code "kesu-qa=qa,qa-manager;kesu-business=business"}; role names as the container knows them.
     *
     * @throws IllegalArgumentException for an unknown role, the administrator's, or an entry without a group
     */
    public static DirectoryRoles parse(String setting) {
        Map<String, List<Role>> byGroup = new LinkedHashMap<>();
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String group = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (group.isEmpty()) {
                throw new IllegalArgumentException("no group in '" + entry.strip() + "'");
            }
            List<Role> roles = new ArrayList<>();
            for (String roleName : entry.substring(equals + 1).split(",")) {
                if (!roleName.isBlank()) {
                    Role role = Role.ofRoleName(roleName.strip());
                    if (role == Role.ADMIN) {
                        throw new IllegalArgumentException("the administrator's role is not given by a directory group");
                    }
                    roles.add(role);
                }
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("no role for group " + group);
            }
            byGroup.put(group, List.copyOf(roles));
        }
        return new DirectoryRoles(byGroup);
    }

    /** Whether roles come from directory groups at all. */
    public boolean isEnabled() {
        return !byGroup.isEmpty();
    }

    /**
     * The roles of a person in {@code groups}, and as department the home of the first role of the first
     * mapped group in the setting's order; empty when none of the groups is mapped.
     */
    public Optional<Assignment> assign(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Department department = null;
        for (Map.Entry<String, List<Role>> mapped : byGroup.entrySet()) {
            if (groups.stream().anyMatch(group -> group.equalsIgnoreCase(mapped.getKey()))) {
                roles.addAll(mapped.getValue());
                if (department == null) {
                    department = mapped.getValue().get(0).homeDepartment();
                }
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(new Assignment(department, Set.copyOf(roles)));
    }

    /** What the directory's groups make of a person here. */
    public record Assignment(Department department, Set<Role> roles) {
    }
}
