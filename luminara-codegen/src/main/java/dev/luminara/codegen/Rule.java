package dev.luminara.codegen;

import java.util.List;

/** One small generation step (Caffeine's NodeRule): a model in, compilation units out. Each has a golden-file test. */
interface Rule {
    List<GeneratedFile> apply(Model model);
}
