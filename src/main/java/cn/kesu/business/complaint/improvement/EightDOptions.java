package cn.kesu.business.complaint.improvement;

import java.io.Serializable;
import java.util.Set;

/**
 * What the caller may do on a case's 8D, as the server decides it, so the screen offers only that: open one, work on
 * it (root cause, actions, lots), close it, which open actions it may record done, and which 暂停生产通知 in force
 * it may release.
 */
public record EightDOptions(boolean open, boolean work, boolean close, Set<Long> completable, Set<Long> releasable)
        implements Serializable {
}
