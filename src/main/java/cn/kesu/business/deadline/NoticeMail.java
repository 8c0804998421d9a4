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
 * after its send, each in its own transaction: a notice is never sent by two senders at once — on this node or
 * another — and a failed send is retried later. A sender that dies between the relay's acceptance and the record
 * leaves a claim that lapses, so the mail goes again with the same Message-ID, which mail clients
 * recognise — the one case where "at least once" cannot be "exactly once".
 * <p>
 * A run ({@link Outbox}) sends everything due over one connection to the relay (issue 16: a morning of 2,000
 * overdue steps went out 200 per five minutes, one connection per mail).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeMail {

    private static final Logger LOG = Logger.getLogger(NoticeMail.class.getName());
    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Inject
    Outbox outbox;

    /** Sends what is due; returns how many mails the relay accepted. */
    public int sendDue() {
        try (Relay relay = new Relay()) {
            return outbox.drain(MailClaims.Channel.MAIL, letter -> send(relay, letter));
        }
    }

    private Outbox.Outcome send(Relay relay, Letter letter) {
        if (letter.to().isEmpty()) {
            return new Outbox.Outcome.Settled("无收件人");
        }
        try {
            relay.send(message(letter));
            return new Outbox.Outcome.Sent();
        } catch (MessagingException | RuntimeException e) {
            return new Outbox.Outcome.Refused(e.toString());
        }
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
