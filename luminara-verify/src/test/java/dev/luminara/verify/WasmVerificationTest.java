package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.ChangeKind;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WasmVerificationTest {
    static final CodeVerifier VERIFIER = CodeVerifier.builder()
            .frames(5)
            .sandbox(CodeVerifier.DEFAULT_SANDBOX.withMaxInstructions(200_000))
            .build();

    final World world = new World();
    final Entity tower = world.spawn(new Name("tower"), Transform.IDENTITY);

    private static Wasm spinner() {
        Wasm w = new Wasm();
        int rotate = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        int fn = w.importFunction("luminara", "transform.rotate_y", rotate);
        int update = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        return w.export("on_update", update, Wasm.callWithEntityAndNumber(fn, 10));
    }

    private VerificationResult verify(byte[] module) {
        return VERIFIER.verify(ScriptSubmission.wasm("spin.wasm", module, tower), world);
    }

    @Test
    void aValidModuleRunsOnTheForkAndItsChangesArePreviewed() {
        WorldSnapshot before = world.snapshot();
        VerificationResult r = verify(spinner().build());
        assertThat(r.passed()).as(r.toText()).isTrue();
        assertThat(r.sandboxResult().callsByFunction()).containsEntry("transform.rotate_y", 5L);
        assertThat(r.preview().modified()).singleElement().satisfies(d -> assertThat(d.components())
                .anySatisfy(c -> {
                    assertThat(c.component()).isEqualTo("Transform");
                    assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
                    assertThat(c.fields()).extracting(FieldDiff::path).containsExactly("rotation");
                }));
        assertThat(world.snapshot().sameContent(before)).isTrue();
    }

    @Test
    void theCommittedSampleModulesPass() throws Exception {
        for (String name : new String[] {"spinner.wasm", "patrol.wasm"}) {
            byte[] bytes = Files.readAllBytes(Path.of("../samples/arena/scripts", name));
            VerificationResult r = VERIFIER.verify(ScriptSubmission.wasm(name, bytes, tower), world);
            assertThat(r.passed()).as(name + ": " + r.toText()).isTrue();
        }
    }

    @Test
    void bytesThatAreNotAModuleFailValidation() {
        VerificationResult r = verify(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x7F});
        assertThat(r.failedStage()).isEqualTo(Stage.STATIC);
        assertThat(r.staticIssues()).anySatisfy(i -> assertThat(i.code()).isEqualTo("wasm-invalid"));
    }

    @Test
    void importsOutsideTheAllowlistAreRefused() {
        Wasm w = new Wasm();
        int t = w.type(new byte[] {Wasm.I32, Wasm.I32, Wasm.I32, Wasm.I32}, new byte[] {Wasm.I32});
        w.importFunction("wasi_snapshot_preview1", "fd_write", t);
        int update = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        w.export("on_update", update, Wasm.END);
        VerificationResult r = verify(w.build());
        assertThat(r.issues(IssueSeverity.ERROR))
                .anySatisfy(i -> assertThat(i.message()).contains("wasi_snapshot_preview1.fd_write is not allowed"));
    }

    @Test
    void unknownImportsGetADidYouMean() {
        Wasm w = new Wasm();
        int t = w.type(new byte[] {Wasm.I64, Wasm.F32, Wasm.F32, Wasm.F32}, new byte[0]);
        w.importFunction("luminara", "transform.set_pos", t);
        int update = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        w.export("on_update", update, Wasm.END);
        VerificationResult r = verify(w.build());
        assertThat(r.issues(IssueSeverity.ERROR))
                .anySatisfy(i -> assertThat(i.message()).contains("did you mean `transform.set_position`?"));
    }

    @Test
    void importsWithTheWrongAbiTypeAreRefused() {
        Wasm w = new Wasm();
        int t = w.type(new byte[] {Wasm.I32, Wasm.F64}, new byte[0]);
        w.importFunction("luminara", "transform.rotate_y", t);
        int update = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        w.export("on_update", update, Wasm.END);
        assertThat(verify(w.build()).issues(IssueSeverity.ERROR))
                .anySatisfy(i -> assertThat(i.code()).isEqualTo("wasm-import-type"));
    }

    @Test
    void aModuleWithoutHooksOrWithWrongHookTypesFails() {
        Wasm none = new Wasm();
        none.export("helper", none.type(new byte[0], new byte[0]), Wasm.END);
        assertThat(verify(none.build()).issues(IssueSeverity.ERROR))
                .anySatisfy(i -> assertThat(i.code()).isEqualTo("no-hooks"));
        Wasm wrong = new Wasm();
        wrong.export("on_update", wrong.type(new byte[] {Wasm.I32}, new byte[0]), Wasm.END);
        assertThat(verify(wrong.build()).issues(IssueSeverity.ERROR))
                .anySatisfy(i -> assertThat(i.code()).isEqualTo("hook-signature"));
    }

    @Test
    void tooMuchInitialMemoryIsRefused() {
        Wasm w = new Wasm().memory(5000);
        w.export("on_update", w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]), Wasm.END);
        assertThat(verify(w.build()).issues(IssueSeverity.ERROR))
                .anySatisfy(i -> assertThat(i.code()).isEqualTo("memory"));
    }

    @Test
    void anEndlessLoopIsStoppedInTheSandbox() {
        Wasm w = new Wasm();
        w.export("on_update", w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]), Wasm.FOREVER);
        VerificationResult r = verify(w.build());
        assertThat(r.failedStage()).as(r.toText()).isEqualTo(Stage.SANDBOX);
        assertThat(r.sandboxResult().limitsHit())
                .anySatisfy(p -> assertThat(p.limit()).startsWith("max_"));
    }
}
