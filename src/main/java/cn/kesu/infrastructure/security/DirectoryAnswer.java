package cn.kesu.infrastructure.security;

import java.util.Optional;

/**
 * What the company directory (公司目录) said of a name and password: accepted with the person's entry, refused, or
 * nothing because it did not answer — which is nobody's wrong password and does not count toward the lockout.
 */
public record DirectoryAnswer(DirectoryEntry entry, boolean unavailable) {

    static final DirectoryAnswer REFUSED = new DirectoryAnswer(null, false);
    static final DirectoryAnswer UNAVAILABLE = new DirectoryAnswer(null, true);

    static DirectoryAnswer accepted(DirectoryEntry entry) {
        return new DirectoryAnswer(entry, false);
    }

    /** The person's entry when the directory accepted the password. */
    public Optional<DirectoryEntry> accepted() {
        return Optional.ofNullable(entry);
    }
}
