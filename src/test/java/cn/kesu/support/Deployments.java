package cn.kesu.support;

import com.icegreen.greenmail.util.GreenMail;
import org.apache.commons.logging.Log;
import org.apache.fontbox.ttf.TrueTypeFont;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test archives. Every test class deploys {@link #shared()}: the WAR the build produced with the
 * in-container tests and their helpers, deployed once per run by {@link SharedDeployment}. Browser and
 * HTTP tests run as clients against the same deployment ({@code @RunAsClient}).
 */
public final class Deployments {

    /** The name by which {@link SharedDeployment} recognises the shared archive. */
    public static final String SHARED_NAME = "kesu.war";

    /** Test classes that run outside the server only (Selenium, HTTP, the deployment machinery itself). */
    private static final List<String> CLIENT_ONLY = List.of("cn/kesu/view/", "cn/kesu/api/",
            "cn/kesu/support/Browser", "cn/kesu/support/Pages", "cn/kesu/support/WebClient",
            "cn/kesu/support/SharedDeployment", "cn/kesu/support/Deployments");

    private Deployments() {
    }

    /** The WAR exactly as the build produced it, under a name of its own for a test that deploys it itself. */
    public static WebArchive application(String name) {
        File war = new File(System.getProperty("kesu.war", "target/kesu.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return ShrinkWrap.create(WebArchive.class, name).merge(archive);
    }

    /**
     * The application with what tests inside the server use: every in-container test class, callers acting
     * as the demo users, the movable clock, the case fixture; GreenMail for the mail tests, PDFBox to read
     * PDFs back and UnboundID's LDAP directory for the directory sign-in. Browser helpers stay out (Selenium is not in the server).
     */
    public static WebArchive shared() {
        File war = new File(System.getProperty("kesu.war", "target/kesu.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(name -> CLIENT_ONLY.stream().noneMatch(name::startsWith))
                    .forEach(name -> archive.addAsWebInfResource(classes.resolve(name).toFile(), "classes/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive.addAsLibraries(jarOf(GreenMail.class), jarOf(PDDocument.class), jarOf(TrueTypeFont.class),
                jarOf(RandomAccessRead.class), jarOf(Log.class), jarOf(InMemoryDirectoryServer.class));
    }

    private static Path testClasses() {
        return jarOf(Deployments.class).toPath();
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
