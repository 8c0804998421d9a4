import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster check's mail relay (.ci/cluster-check): GreenMail's SMTP server on the loopback, the same library the
 * integration tests use, writing what it received to a file every half second, one line per received copy:
 * Message-ID, the number of addressees, subject. GreenMail keeps one copy per addressee, so a mail sent once has as
 * many lines as addressees, and a mail sent twice twice as many, under the same Message-ID.
 * Run: java -cp (test classpath) .ci/SmtpSink.java PORT FILE; stops when killed.
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path file = Path.of(args[1]);
        Path next = Path.of(args[1] + ".next");
        int written = -1;
        while (true) {
            MimeMessage[] received = smtp.getReceivedMessages();
            if (received.length != written) {
                List<String> lines = new ArrayList<>(received.length);
                for (MimeMessage message : received) {
                    lines.add(message.getMessageID() + "\t" + message.getAllRecipients().length + "\t"
                            + message.getSubject());
                }
                Files.write(next, lines);
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written = received.length;
            }
            Thread.sleep(500);
        }
    }
}
