package cn.kesu.business.deadline;

import java.util.List;

/** One e-mail about a notice: subject and text in Chinese, its recipients, a stable message id. */
public record Letter(String subject, String body, List<String> to, String messageId) {
}
