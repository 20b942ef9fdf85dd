package dev.luminara.codegen;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Path;

/** One generated compilation unit and the source root it belongs under. */
public record GeneratedFile(Path sourceRoot, JavaFile javaFile) {
    /** The file's path below the output directory. */
    public Path path() {
        Path p = sourceRoot;
        for (String part : javaFile.packageName().split("\\.")) p = p.resolve(part);
        return p.resolve(javaFile.typeSpec().name() + ".java");
    }

    public String content() {
        return javaFile.toString();
    }
}
