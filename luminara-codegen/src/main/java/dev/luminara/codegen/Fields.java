package dev.luminara.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Fields a generated service needs (transforms created once), with their constructor initialisation. */
final class Fields {
    final List<FieldSpec> fields = new ArrayList<>();
    final List<CodeBlock> init = new ArrayList<>();

    String add(Class<?> type, String name, CodeBlock initializer) {
        fields.add(
                FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).build());
        init.add(CodeBlock.of("this.$N = $L", name, initializer));
        return name;
    }
}
