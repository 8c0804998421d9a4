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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails of reminders and investigations whose time has come (due times already fall in
 * working hours) through the server's mail session. Each notice is claimed before and recorded right
 * after its send, each in its own transaction: a notice is never sent by two senders at once — on this node or
 * another — and a failed send is retried later. A sender that dies between the relay's acceptance and the record
 * leaves a claim that lapses, so the mail goes again with the same Message-ID, which mail clients
 * recognise — the one case where "at least once" cannot be "exactly once".
 * <p>
 * A run sends everything due, batch after batch, over one connection to the relay (issue 16: a morning of 2,000
 * overdue steps went out 200 per five minutes, one connection per mail), until nothing is due, the relay refuses a
 * whole batch, or the run has taken {@link WorkPeriods#mailRunBudget()} — four minutes, well inside the claims' ten, so
 * a long run never outlives its own claims; the next run carries on.
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

    @Inject
    WorkPeriods periods;

    /** Sends what is due; returns how many mails the relay accepted. */
    public int sendDue() {
        long deadline = System.nanoTime() + periods.mailRunBudget().toNanos();
        int sent = 0;
        try (Relay relay = new Relay()) {
            for (MailClaims.Kind kind : MailClaims.Kind.values()) {
                List<Long> due = claims.due(kind, BATCH);
                if (!due.isEmpty()) {
                    LOG.log(Level.INFO, "通知邮件: sending due {0} notices", kind);
                }
                while (!due.isEmpty() && System.nanoTime() < deadline) {
                    int settled = 0;
                    for (Long id : due) {
                        Letter letter = claims.claim(kind, id);
                        if (letter == null) {
                            continue; // another sender has it
                        }
                        if (letter.to().isEmpty()) {
                            claims.sent(kind, id, "无收件人");
                            settled++;
                        } else if (send(relay, kind, id, letter)) {
                            sent++;
                            settled++;
                        }
                    }
                    if (settled == 0) {
                        break; // the relay refuses, or other senders hold the rest: the next run tries again
                    }
                    due = claims.due(kind, BATCH);
                }
            }
        }
        if (sent > 0) {
            LOG.log(Level.INFO, "通知邮件: {0} mails sent", sent);
        }
        return sent;
    }

    private boolean send(Relay relay, MailClaims.Kind kind, Long id, Letter letter) {
        try {
            relay.send(message(letter));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "mail for {0} {1} not sent, will retry: {2}", new Object[]{kind, id, e.toString()});
            claims.failed(kind, id, e.toString());
            return false;
        }
        claims.sent(kind, id, null);
        return true;
    }

    /**
     * One connection to the relay for a whole run, opened at the first mail; opened again once if the relay
     * dropped it (relays close idle or long-lived connections), then a failure is the mail's own.
     */
    private final class Relay implements AutoCloseable {

        private Transport transport;

        void send(MimeMessage message) throws MessagingException {
            message.saveChanges();
            try {
                connected().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException dropped) {
                if (transport != null && transport.isConnected()) {
                    throw dropped; // connected, so the relay refused this mail itself
                }
                close();
                connected().sendMessage(message, message.getAllRecipients());
            }
        }

        private Transport connected() throws MessagingException {
            if (transport == null) {
                transport = mailSession.getTransport();
            }
            if (!transport.isConnected()) {
                transport.connect();
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "closing the mail relay connection", e);
                }
                transport = null;
            }
        }
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
