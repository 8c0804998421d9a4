package cn.kesu.infrastructure.security;

import java.util.Set;

/** What the company directory (公司目录) says of a person whose password it has just accepted. */
public record DirectoryEntry(String fullName, String email, Set<String> groups) {
}
