package cn.kesu.business.deadline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails of reminders and investigations whose time has come (due times already fall in
 * working hours) through the server's mail session. Each notice is claimed before and recorded right
 * after its send, each in its own transaction: a notice is never sent by two senders at once, and a
 * failed send is retried later. A sender that dies between the relay's acceptance and the record
 * leaves a claim that lapses, so the mail goes again with the same Message-ID, which mail clients
 * recognise — the one case where "at least once" cannot be "exactly once".
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeMail {

    private static final Logger LOG = Logger.getLogger(NoticeMail.class.getName());
    private static final int BATCH = 200;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Inject
    MailClaims claims;

    /** Sends what is due; returns how many mails the relay accepted. */
    public int sendDue() {
        int sent = 0;
        for (MailClaims.Kind kind : MailClaims.Kind.values()) {
            for (Long id : claims.due(kind, BATCH)) {
                Letter letter = claims.claim(kind, id);
                if (letter != null && send(kind, id, letter)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(MailClaims.Kind kind, Long id, Letter letter) {
        if (letter.to().isEmpty()) {
            claims.sent(kind, id, "无收件人");
            return false;
        }
        try {
            Transport.send(message(letter));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "mail for {0} {1} not sent, will retry: {2}", new Object[]{kind, id, e.toString()});
            claims.failed(kind, id, e.toString());
            return false;
        }
        claims.sent(kind, id, null);
        return true;
    }

    private MimeMessage message(Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // Stable per notice, so a repeated send is recognisable as the same mail.
                setHeader("Message-ID", letter.messageId());
            }
        };
        message.setFrom();
        Address[] to = new Address[letter.to().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(letter.to().get(i));
        }
        message.setRecipients(MimeMessage.RecipientType.TO, to);
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setText(letter.body(), StandardCharsets.UTF_8.name());
        return message;
    }
}
