package dev.luminara.lunyscript.descriptor;

import dev.luminara.lunyscript.DescriptorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The only files a descriptor can read: one folder (on disk or on the class path). Names are relative; a name that
 * would leave the folder ({@code ../x}, an absolute path) is refused.
 */
public interface DescriptorFiles {
    /** The text of a file in the folder. */
    String read(String name);

    /** A label for messages: the folder's path or class-path location. */
    String location();

    /** Whether the folder has a file of that name. */
    boolean exists(String name);

    static DescriptorFiles folder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return new DescriptorFiles() {
            @Override
            public String read(String name) {
                Path p = root.resolve(checkName(name)).normalize();
                if (!p.startsWith(root)) {
                    throw new DescriptorException(name, "", "outside the descriptor folder " + root);
                }
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new DescriptorException(name, "", "no such file in " + root);
                } catch (IOException e) {
                    throw new DescriptorException(name, "", "cannot read: " + e.getMessage(), e);
                }
            }

            @Override
            public String location() {
                return root.toString();
            }

            @Override
            public boolean exists(String name) {
                return Files.isRegularFile(root.resolve(checkName(name)).normalize());
            }
        };
    }

    /** Files under a class-path folder such as {@code lunyscript/}. */
    static DescriptorFiles classpath(ClassLoader loader, String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return new DescriptorFiles() {
            @Override
            public String read(String name) {
                try (InputStream in = loader.getResourceAsStream(prefix + checkName(name))) {
                    if (in == null) {
                        throw new DescriptorException(name, "", "no such file in classpath:" + prefix);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new DescriptorException(name, "", "cannot read: " + e.getMessage(), e);
                }
            }

            @Override
            public String location() {
                return "classpath:" + prefix;
            }

            @Override
            public boolean exists(String name) {
                return loader.getResource(prefix + checkName(name)) != null;
            }
        };
    }

    private static String checkName(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.startsWith("\\")
                || name.contains("..")
                || name.contains(":")) {
            throw new DescriptorException(name, "", "refused: descriptors may only read files inside their folder");
        }
        return name;
    }
}
