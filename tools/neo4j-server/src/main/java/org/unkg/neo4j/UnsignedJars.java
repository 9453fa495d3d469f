package org.unkg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies of signed jars without their signature files, for the JVM of {@code unkg load --bulk}.
 *
 * <p>A few of Neo4j's dependencies are signed (eclipse-collections, Bouncy Castle). The JVM
 * verifies a signed jar whenever it opens it, a SHA-256 digest of every entry it reads and the
 * RSA signature (a fifth of the bulk route's CPU, twice: neo4j-admin and the embedded Neo4j read
 * them through different JarFile instances), and class-data sharing never archives classes from
 * signed jars, so the 700 eclipse-collections classes were loaded from the jar on every run. The
 * jars come from Maven Central, whose checksums Maven checks on download; the signature proves
 * nothing more to a process that runs them from the local repository.
 *
 * <p>Usage: {@code UnsignedJars <output directory> <jar>...}: prints the classpath, one jar a line,
 * in the order given, with each signed jar replaced by its unsigned copy in the output directory
 * (written once, under a temporary name then renamed).
 */
public final class UnsignedJars {
  private UnsignedJars() {}

  private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("UnsignedJars: give the output directory, then the jars");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    Files.createDirectories(output);
    List<String> classpath = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path jar = Path.of(args[i]);
      classpath.add(isSigned(jar) ? unsignedCopy(jar, output).toString() : jar.toString());
    }
    System.out.println(String.join("\n", classpath));
  }

  static boolean isSigned(Path jar) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (SIGNATURE.matcher(entry.getName()).matches()) return true;
      }
    }
    return false;
  }

  private static Path unsignedCopy(Path jar, Path output) throws IOException {
    Path copy = output.resolve(jar.getFileName());
    if (Files.exists(copy) && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) >= 0) return copy;
    Path partial = output.resolve(jar.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
      byte[] buffer = new byte[1 << 16];
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (SIGNATURE.matcher(entry.getName()).matches()) continue;
        ZipEntry copied = new ZipEntry(entry.getName());
        copied.setTime(entry.getTime());
        out.putNextEntry(copied);
        copy(in, out, buffer);
        out.closeEntry();
      }
    }
    Files.move(partial, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return copy;
  }

  private static void copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
    for (int read; (read = in.read(buffer)) > 0; ) out.write(buffer, 0, read);
  }
}
