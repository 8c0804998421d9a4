package cn.kesu.business.deadline;

import cn.kesu.model.user.Department;

import java.util.List;

/**
 * One notice as it goes out: subject and text in Chinese, the mail's recipients and stable message id, and the
 * department whose group robot hears of it.
 */
public record Letter(String subject, String body, List<String> to, String messageId, Department department) {
}
