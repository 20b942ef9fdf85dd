package dev.luminara.verify.internal;

import dev.luminara.verify.IssueSeverity;
import dev.luminara.verify.StaticIssue;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.ast.SyntaxElement;

/** Collects static issues for one file. */
final class Issues {
    private final String file;
    private final List<StaticIssue> list = new ArrayList<>();

    Issues(String file) {
        this.file = file;
    }

    void add(IssueSeverity severity, String code, SyntaxElement at, String message, String suggestion) {
        add(severity, code, at == null ? 0 : at.beginLine, at == null ? 0 : at.beginColumn, message, suggestion);
    }

    void add(IssueSeverity severity, String code, int line, int column, String message, String suggestion) {
        list.add(new StaticIssue(severity, code, file, line, column, message, suggestion));
    }

    List<StaticIssue> list() {
        return list;
    }
}
